//! Build script. For Windows targets it compiles `assets/packaging/windows/carbon-dml.rc` (icon,
//! manifest, version information) with the MinGW resource compiler and links it into the
//! `carbon-dml` executable, so Explorer, the taskbar and the `.ron` association show the icon.
//! Other targets need nothing from it.
//!
//! The resource compiler is `$WINDRES`, else `x86_64-w64-mingw32-windres` when cross-compiling
//! from Linux or macOS, else `windres`. Without one the program still builds, without its icon,
//! and cargo prints a warning; with `CARBON_DML_REQUIRE_RESOURCES=1` (set by
//! `scripts/package.sh`) that is an error, so a package never ships without its icon.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let rc = "assets/packaging/windows/carbon-dml.rc";
    for watched in [rc, "assets/packaging/windows/carbon-dml.exe.manifest", "assets/icons/carbon-dml.ico"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    println!("cargo:rerun-if-env-changed=WINDRES");
    println!("cargo:rerun-if-env-changed=CARBON_DML_REQUIRE_RESOURCES");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let required = env::var("CARBON_DML_REQUIRE_RESOURCES").is_ok_and(|v| v == "1");
    match compile_resources(rc) {
        Ok(object) => println!("cargo:rustc-link-arg-bin=carbon-dml={}", object.display()),
        Err(why) if required => panic!("Windows resources: {why}"),
        Err(why) => println!("cargo:warning=carbon-dml.exe is built without its icon: {why}"),
    }
}

/// Compile the resource script into a COFF object in `OUT_DIR`; returns its path.
fn compile_resources(rc: &str) -> Result<PathBuf, String> {
    if env::var("CARGO_CFG_TARGET_ENV").as_deref() != Ok("gnu") {
        return Err("only the GNU (MinGW) target is supported; build with x86_64-pc-windows-gnu".into());
    }
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?).join("carbon-dml-resources.o");
    let windres = env::var("WINDRES")
        .unwrap_or_else(|_| if cfg!(windows) { "windres".into() } else { "x86_64-w64-mingw32-windres".into() });
    let version = env::var("CARGO_PKG_VERSION").map_err(|e| e.to_string())?;
    let numeric: Vec<&str> = version.split(['.', '-', '+']).take(3).collect();
    let numeric = format!("{},0", numeric.join(","));
    let status = Command::new(&windres)
        .args(["--input", rc, "--output-format=coff", "--output"])
        .arg(&out)
        .args(["--include-dir", "assets/icons", "--include-dir", "assets/packaging/windows"])
        .arg(format!("-DVERSION_NUM={numeric}"))
        .arg(format!("-DVERSION_STR=\\\"{version}\\\""))
        .status()
        .map_err(|e| format!("could not run {windres}: {e}"))?;
    if !status.success() {
        return Err(format!("{windres} failed ({status})"));
    }
    Ok(out)
}
