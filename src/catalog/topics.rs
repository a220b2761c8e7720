//! The topic vocabulary: every exercise's `topics` come from this list (the loader refuses
//! anything else), and `--topic` accepts these slugs, any case, and common aliases (`dp`,
//! `graphs`, `hash-map`, `BFS`).

use super::error::suggest;

/// The topics, in three groups (coding problems, predict questions, backend work).
pub const GROUPS: [(&str, &[&str]); 3] = [
    (
        "coding",
        &[
            "two-pointers",
            "sliding-window",
            "binary-search",
            "stack",
            "queue",
            "linked-list",
            "tree",
            "binary-search-tree",
            "graph",
            "bfs",
            "dfs",
            "heap",
            "dynamic-programming",
            "backtracking",
            "trie",
            "union-find",
            "hashing",
            "sorting",
            "intervals",
            "prefix-sum",
            "greedy",
            "string",
            "matrix",
            "bit-manipulation",
            "recursion",
            "topological-sort",
            "shortest-path",
            "design",
            "array",
            "math",
            "divide-and-conquer",
        ],
    ),
    (
        "predict",
        &[
            "mutable-defaults",
            "closures",
            "identity",
            "scope",
            "generators",
            "oop",
            "exceptions",
            "copying",
            "numbers",
            "strings",
            "iterators",
            "decorators",
            "comprehensions",
            "dicts",
            "functions",
            "asyncio",
            "context-managers",
            "operators",
            "stdlib",
        ],
    ),
    (
        "backend",
        &[
            "backend",
            "caching",
            "rate-limiting",
            "validation",
            "json",
            "parsing",
            "concurrency",
            "web",
            "sql",
            "design-patterns",
        ],
    ),
];

/// Other names people use for a topic.
const ALIASES: &[(&str, &str)] = &[
    ("dp", "dynamic-programming"),
    ("memoization", "dynamic-programming"),
    ("hash-map", "hashing"),
    ("hashmap", "hashing"),
    ("hash-table", "hashing"),
    ("hashtable", "hashing"),
    ("hash", "hashing"),
    ("breadth-first-search", "bfs"),
    ("depth-first-search", "dfs"),
    ("graph-search", "graph"),
    ("bst", "binary-search-tree"),
    ("binary-tree", "tree"),
    ("priority-queue", "heap"),
    ("pq", "heap"),
    ("heapq", "heap"),
    ("deque", "queue"),
    ("linked-lists", "linked-list"),
    ("list", "linked-list"),
    ("two-pointer", "two-pointers"),
    ("window", "sliding-window"),
    ("backtrack", "backtracking"),
    ("topo-sort", "topological-sort"),
    ("toposort", "topological-sort"),
    ("topological-order", "topological-sort"),
    ("dijkstra", "shortest-path"),
    ("shortest-paths", "shortest-path"),
    ("dsu", "union-find"),
    ("disjoint-set", "union-find"),
    ("disjoint-set-union", "union-find"),
    ("bits", "bit-manipulation"),
    ("bitmask", "bit-manipulation"),
    ("bitwise", "bit-manipulation"),
    ("sort", "sorting"),
    ("prefix-sums", "prefix-sum"),
    ("cumulative-sum", "prefix-sum"),
    ("grid", "matrix"),
    ("arrays", "array"),
    ("interval", "intervals"),
    ("divide-conquer", "divide-and-conquer"),
    ("mutable-default", "mutable-defaults"),
    ("closure", "closures"),
    ("generator", "generators"),
    ("iterator", "iterators"),
    ("decorator", "decorators"),
    ("comprehension", "comprehensions"),
    ("exception", "exceptions"),
    ("classes", "oop"),
    ("class", "oop"),
    ("async", "asyncio"),
    ("context-manager", "context-managers"),
    ("with", "context-managers"),
    ("operator", "operators"),
    ("cache", "caching"),
    ("database", "sql"),
];

/// Every topic slug.
pub fn all() -> impl Iterator<Item = &'static str> {
    GROUPS.iter().flat_map(|(_, t)| t.iter().copied())
}

/// Whether `slug` is in the vocabulary (exactly as written in `exercise.toml`).
pub fn is_topic(slug: &str) -> bool {
    all().any(|t| t == slug)
}

/// The topic a user means by `query`: a slug in any case, with spaces or underscores for
/// dashes, an alias, or a plural of one (`Graphs`, `dp`, `hash_map`, `linked lists`).
pub fn resolve(query: &str) -> Option<&'static str> {
    let q = query.trim().to_lowercase().replace([' ', '_'], "-");
    let direct = |q: &str| {
        all()
            .find(|t| *t == q)
            .or_else(|| ALIASES.iter().find(|(a, _)| *a == q).map(|(_, t)| *t))
    };
    direct(&q).or_else(|| q.strip_suffix('s').and_then(direct))
}

/// The topic closest to an unknown one, for a "did you mean" hint.
pub fn closest(query: &str) -> Option<&'static str> {
    let known: Vec<&'static str> = all().collect();
    suggest(&query.to_lowercase(), &known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_spellings_resolve() {
        let rows = [
            ("dp", Some("dynamic-programming")),
            ("DP", Some("dynamic-programming")),
            ("graphs", Some("graph")),
            ("Graph", Some("graph")),
            ("hash-map", Some("hashing")),
            ("hashmap", Some("hashing")),
            ("BFS", Some("bfs")),
            ("depth first search", Some("dfs")),
            ("linked_list", Some("linked-list")),
            ("strings", Some("strings")),
            ("trees", Some("tree")),
            ("dynamic-programming", Some("dynamic-programming")),
            ("quantum", None),
        ];
        for (q, want) in rows {
            assert_eq!(resolve(q), want, "{q}");
        }
        assert_eq!(closest("dynamic-programing"), Some("dynamic-programming"));
    }

    #[test]
    fn aliases_point_at_topics_and_slugs_are_unique() {
        for (a, t) in ALIASES {
            assert!(is_topic(t), "{a} -> {t}");
            assert!(!is_topic(a), "alias {a} shadows a topic");
        }
        let mut seen = std::collections::HashSet::new();
        assert!(all().all(|t| seen.insert(t)));
    }
}
