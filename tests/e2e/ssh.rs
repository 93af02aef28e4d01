//! brief over a real SSH link: OpenSSH's sshd on 127.0.0.1 with throwaway
//! keys, `ssh -tt` inside tmux, the reader driven through it; then the client
//! is killed mid-session and no brief may be left behind.

use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common;
use crate::common::tmux::{Tmux, sh_quote};

struct Sshd {
    child: Child,
    port: u16,
    key: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_sshd() -> Sshd {
    let sshd = ["/usr/sbin/sshd", "/usr/bin/sshd"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or_else(|| {
            panic!("sshd not found: install the Debian package openssh-server (.ci/run does)")
        });
    let keygen = common::require("ssh-keygen", "openssh-client");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o700)).unwrap();
    for key in ["host_key", "user_key"] {
        run(
            Command::new(&keygen)
                .args(["-q", "-t", "ed25519", "-N", "", "-f"])
                .arg(d.join(key)),
            "ssh-keygen",
        );
    }
    std::fs::copy(d.join("user_key.pub"), d.join("authorized_keys")).unwrap();
    std::fs::create_dir_all("/run/sshd").ok();
    let port = free_port();
    let config = format!(
        "Port {port}\nListenAddress 127.0.0.1\nHostKey {host}\nAuthorizedKeysFile {auth}\nPidFile {pid}\n\
         PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n\
         PermitRootLogin prohibit-password\nLogLevel ERROR\n",
        host = d.join("host_key").display(),
        auth = d.join("authorized_keys").display(),
        pid = d.join("sshd.pid").display(),
    );
    std::fs::write(d.join("sshd_config"), config).unwrap();
    let mut child = Command::new(sshd)
        .args(["-D", "-e", "-f"])
        .arg(d.join("sshd_config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("sshd cannot start: {e}"));
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).ok();
            panic!("sshd exited ({status}) before listening: {err}");
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "sshd did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Sshd {
        child,
        port,
        key: d.join("user_key"),
        _dir: dir,
    }
}

fn user() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The shell line that runs brief on `folder` on the other side of ssh.
fn ssh_line(sshd: &Sshd, folder: &Path) -> String {
    let remote = format!(
        "BRIEF_TODAY=2022-02-25 {} {}",
        sh_quote(env!("CARGO_BIN_EXE_brief")),
        sh_quote(&folder.to_string_lossy())
    );
    format!(
        "ssh -tt -i {key} -p {port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
         -o LogLevel=ERROR -o BatchMode=yes {user}@127.0.0.1 {remote}; echo SSH-EXIT=$?",
        key = sh_quote(&sshd.key.to_string_lossy()),
        port = sshd.port,
        user = user(),
        remote = sh_quote(&remote),
    )
}

/// brief processes reading `folder`: the folder is unique to the test.
fn brief_processes(folder: &Path) -> Vec<String> {
    let out = Command::new("pgrep")
        .args(["-f", &folder.to_string_lossy()])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

#[test]
fn brief_over_ssh_reads_searches_quits_and_dies_with_the_link() {
    common::require("ssh", "openssh-client");
    let sshd = start_sshd();
    let folder = tempfile::tempdir().unwrap();
    for entry in [
        "2022-01-03_gas-transit-new-year.txt",
        "kharkiv-0225.txt",
        "msc-2022-02-19.md",
        "tags.toml",
    ] {
        std::fs::copy(common::sample().join(entry), folder.path().join(entry)).unwrap();
    }

    let tmux = Tmux::start("ssh", 100, 30);
    tmux.shell(&ssh_line(&sshd, folder.path()));
    tmux.wait_for_text("Briefings 3/3");
    tmux.keys(&["j"]);
    tmux.wait_for_text("msc-2022-02-19");
    tmux.keys(&["/"]);
    tmux.wait_for_gone("/ search   : query");
    tmux.type_text("metro");
    tmux.wait_for("the search over ssh", |s| {
        s.starts_with("/metro") && s.contains("Briefings 1/3")
    });
    tmux.keys(&["Enter", "q"]);
    tmux.wait_for_line("SSH-EXIT=0");
    assert_eq!(tmux.display("#{alternate_on} #{cursor_flag}"), "0 1");

    tmux.shell(&ssh_line(&sshd, folder.path()));
    tmux.wait_for_text("Briefings 3/3");
    assert!(
        !brief_processes(folder.path()).is_empty(),
        "brief runs on the far side"
    );
    let ssh_client = tmux.child();
    common::tmux::kill(ssh_client, "KILL");
    let dropped = Instant::now();
    while !brief_processes(folder.path()).is_empty() {
        assert!(
            dropped.elapsed() < Duration::from_secs(2),
            "brief still runs 2 s after the ssh client died: {:?}",
            brief_processes(folder.path())
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
