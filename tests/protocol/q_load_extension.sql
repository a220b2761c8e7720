-- exercise: users
-- expect: run_time_error
-- cause: loading a shared library from SQL would run native code of the user's choosing
SELECT name FROM users WHERE active = 1 AND load_extension('/lib/x86_64-linux-gnu/libc.so.6') IS NULL;
