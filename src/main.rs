//! The `brief` binary: everything is in the library's `cli::main`.

fn main() -> std::process::ExitCode {
    brief::cli::main()
}
