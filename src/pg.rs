//! PostgreSQL connections for the NOTE source and the NOTE_NLP sink (feature `postgres`).
//!
//! A connection is named by a `postgres://` or `postgresql://` URL. The password comes from the URL, else
//! `PGPASSWORD`, else the pgpass file (`PGPASSFILE` or `~/.pgpass`, libpq's format and rules). It is never
//! shown: every message names the connection by [`redact`]ed URL (no password), and errors from the
//! server or the driver are scrubbed of it as well.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A `postgres://` or `postgresql://` URL?
pub fn is_url(s: &str) -> bool {
    let l = s.get(..13).unwrap_or(s).to_ascii_lowercase();
    l.starts_with("postgres://") || l.starts_with("postgresql://")
}

/// The URL without its password (userinfo `user:password@` becomes `user@`; a `password=` parameter is
/// dropped). Follows the driver's parser: the userinfo is everything before the first `@`.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let (scheme, rest) = url.split_at(scheme_end);
    // The userinfo ends at the last `@`: a password may hold an unencoded `@`, `/` or `?`.
    let rest = match rest.rfind('@') {
        Some(at) => {
            let user = rest[..at].split(':').next().unwrap_or("");
            format!("{user}{}", &rest[at..])
        }
        None => rest.to_string(),
    };
    let rest = match rest.split_once('?') {
        Some((base, query)) => {
            let kept: Vec<&str> =
                query.split('&').filter(|kv| !kv.split('=').next().unwrap_or("").eq_ignore_ascii_case("password")).collect();
            if kept.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{}", kept.join("&"))
            }
        }
        None => rest,
    };
    format!("{scheme}{rest}")
}

/// A connection target: the driver's configuration (with the password filled in) and the name shown in
/// messages.
pub struct Target {
    config: postgres::Config,
    /// The URL without password.
    pub shown: String,
    password: Option<String>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target").field("shown", &self.shown).finish_non_exhaustive()
    }
}

impl Target {
    /// Parse a URL and find its password (URL, `PGPASSWORD`, pgpass file).
    pub fn parse(url: &str) -> Result<Target> {
        let shown = redact(url);
        let mut config: postgres::Config = url.parse().map_err(|e: postgres::Error| {
            Error::Config(format!("{shown}: not a valid PostgreSQL URL: {}", scrub(&e.to_string(), password_in(url).as_deref())))
        })?;
        if config.get_application_name().is_none() {
            config.application_name("symptext");
        }
        if config.get_hosts().is_empty() {
            config.host(&std::env::var("PGHOST").unwrap_or_else(|_| "localhost".to_string()));
        }
        if config.get_ports().is_empty() {
            if let Some(p) = std::env::var("PGPORT").ok().and_then(|p| p.parse::<u16>().ok()) {
                config.port(p);
            }
        }
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER").or_else(|_| std::env::var("USER")).unwrap_or_else(|_| "postgres".to_string());
            config.user(&user);
        }
        if config.get_dbname().is_none() {
            if let Ok(db) = std::env::var("PGDATABASE") {
                config.dbname(&db);
            }
        }
        if config.get_password().is_none() {
            let from_env = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
            let password = match from_env {
                Some(p) => Some(p),
                None => {
                    let host = match config.get_hosts().first() {
                        Some(postgres::config::Host::Tcp(h)) => h.clone(),
                        _ => "localhost".to_string(),
                    };
                    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
                    let user = config.get_user().unwrap_or("").to_string();
                    let db = config.get_dbname().unwrap_or(&user).to_string();
                    pgpass_file().and_then(|path| pgpass_lookup(&path, &host, &port, &db, &user))
                }
            };
            if let Some(p) = password {
                config.password(p.as_bytes());
            }
        }
        let password = config.get_password().map(|p| String::from_utf8_lossy(p).into_owned());
        Ok(Target { config, shown, password })
    }

    /// Connect (no TLS), with ISO dates whatever the server's `DateStyle`.
    pub fn connect(&self) -> Result<postgres::Client> {
        let mut client = self.config.connect(postgres::NoTls).map_err(|e| self.error("cannot connect", &e))?;
        client.batch_execute("SET DateStyle = ISO, YMD").map_err(|e| self.error("setting DateStyle", &e))?;
        Ok(client)
    }

    /// An error naming this target and what was being done, scrubbed of the password.
    pub fn error(&self, doing: &str, e: &postgres::Error) -> Error {
        Error::Config(self.message(doing, e))
    }

    /// `URL: doing: error (detail)`, scrubbed of the password.
    pub fn message(&self, doing: &str, e: &postgres::Error) -> String {
        let mut m = e.to_string();
        if let Some(db) = e.as_db_error() {
            m.push_str(&format!(": {}: {}", db.severity(), db.message()));
            if let Some(d) = db.detail() {
                m.push_str(&format!(" ({d})"));
            }
        } else if let Some(src) = std::error::Error::source(e) {
            let src = src.to_string();
            if !m.contains(&src) {
                m.push_str(&format!(": {src}"));
            }
        }
        scrub(&format!("{}: {doing}: {m}", self.shown), self.password.as_deref())
    }

    /// Scrub the password out of any message.
    pub fn scrub(&self, msg: &str) -> String {
        scrub(msg, self.password.as_deref())
    }
}

fn password_in(url: &str) -> Option<String> {
    let rest = &url[url.find("://")? + 3..];
    let creds = &rest[..rest.find('@')?];
    creds.split_once(':').map(|(_, p)| p.to_string())
}

/// Replace every occurrence of the password in a message (defence in depth: no message built here
/// holds it).
fn scrub(msg: &str, password: Option<&str>) -> String {
    match password {
        Some(p) if !p.is_empty() => msg.replace(p, "***"),
        _ => msg.to_string(),
    }
}

fn pgpass_file() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")),
    }
}

/// The password of the first line of a pgpass file that matches (`host:port:database:user:password`,
/// `*` matches anything, `\:` and `\\` escape). Like libpq, a file readable by group or others is ignored
/// with a warning.
pub fn pgpass_lookup(path: &Path, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "symptext: warning: password file {} has group or world access; permissions should be u=rw (0600) or less; ignored",
                path.display()
            );
            return None;
        }
    }
    let text = std::fs::read_to_string(path).ok()?;
    pgpass_match(&text, host, port, db, user)
}

fn pgpass_match(text: &str, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
    let want = [host, port, db, user];
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        if fields.iter().take(4).zip(want).all(|(f, w)| f == "*" || f == w) {
            return Some(fields[4..].join(":"));
        }
    }
    None
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    if let Some(f) = fields.last_mut() {
                        f.push(n);
                    }
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(f) = fields.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    fields
}

/// A table name for SQL: `name` or `schema.name`, each part an unquoted identifier (letters, digits,
/// `_`, `$`, not starting with a digit), folded to lower case as PostgreSQL folds unquoted names, quoted.
pub fn table_name(name: &str) -> Result<String> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() > 2 {
        return Err(Error::Config(format!("table `{name}`: expected NAME or SCHEMA.NAME")));
    }
    let mut out = Vec::new();
    for p in parts {
        let ok = p.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if !ok {
            return Err(Error::Config(format!("table `{name}`: not a plain SQL name (letters, digits, _ and $)")));
        }
        out.push(quote_ident(&p.to_ascii_lowercase()));
    }
    Ok(out.join("."))
}

/// `"name"` with inner quotes doubled.
pub fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_drops_the_password_only() {
        assert_eq!(redact("postgres://u:s3cret@h:5432/db"), "postgres://u@h:5432/db");
        assert_eq!(redact("postgresql://u@h/db"), "postgresql://u@h/db");
        assert_eq!(redact("postgres://h/db?user=u&password=s3cret&sslmode=disable"), "postgres://h/db?user=u&sslmode=disable");
        assert_eq!(redact("postgres://u:a/b?c@h/db?Password=x"), "postgres://u@h/db");
        assert_eq!(redact("postgres://h"), "postgres://h");
        assert_eq!(redact("postgres://u:p@ss@h/db"), "postgres://u@h/db");
    }

    #[test]
    fn urls_are_recognised() {
        assert!(is_url("postgres://h/db"));
        assert!(is_url("PostgreSQL://h/db"));
        assert!(!is_url("notes.csv"));
        assert!(!is_url("postgres.csv"));
    }

    #[test]
    fn pgpass_matches_fields_wildcards_and_escapes() {
        let text = "# comment\nother:5432:db:u:no\nh:*:db:u:pa\\:ss:word\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_match(text, "h", "5433", "db", "u").as_deref(), Some("pa:ss:word"));
        assert_eq!(pgpass_match(text, "x", "1", "y", "z").as_deref(), Some("fallback"));
        assert_eq!(pgpass_match("h:1:d:u:p\n", "h", "2", "d", "u"), None);
    }

    #[test]
    fn table_names_are_checked_and_quoted() {
        assert_eq!(table_name("note").ok().as_deref(), Some("\"note\""));
        assert_eq!(table_name("cdm.NOTE_NLP").ok().as_deref(), Some("\"cdm\".\"note_nlp\""));
        assert!(table_name("note; drop table x").is_err());
        assert!(table_name("a.b.c").is_err());
        assert!(table_name("1x").is_err());
    }

    #[test]
    fn scrub_hides_the_password() {
        assert_eq!(scrub("bad s3cret here", Some("s3cret")), "bad *** here");
        assert_eq!(password_in("postgres://u:s3cret@h/db").as_deref(), Some("s3cret"));
    }
}
