//! Rebuild when the embedded catalog changes (`include_dir!` cannot tell cargo itself).
fn main() {
    println!("cargo:rerun-if-changed=exercises");
}
