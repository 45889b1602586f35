//! `chronicle eval-events GOLD.toml`: extract events from every article the gold file lists
//! and score them against its hand-annotated events.

use std::process::ExitCode;

use super::EvalEventsArgs;
use crate::eval::events::{self, Gold};

pub fn run(args: &EvalEventsArgs) -> Result<ExitCode, String> {
    let text = std::fs::read_to_string(&args.gold)
        .map_err(|e| format!("could not read the gold file {}: {e}", args.gold.display()))?;
    let gold: Gold = toml::from_str(&text).map_err(|e| format!("{}: {e}", args.gold.display()))?;
    if !args.tbaq.is_dir() {
        return Err(format!("{} is not a folder of TimeML articles (--tbaq DIR)", args.tbaq.display()));
    }
    let (scores, misses, errors) = events::evaluate(&gold, args.set, &args.tbaq);
    for error in &errors {
        super::tell(error);
    }
    if scores.is_empty() {
        return Err(format!("no articles of set '{}' in {}", args.set.as_str(), args.gold.display()));
    }
    if args.misses {
        for miss in &misses {
            println!("{miss}");
        }
        println!();
    }
    for (set, s) in &scores {
        println!("{}", s.table(*set));
        if args.classes {
            println!("{}", s.classes.table(*set));
        }
    }
    let json: serde_json::Map<String, serde_json::Value> = scores
        .iter()
        .map(|(set, s)| Ok((set.as_str().to_owned(), serde_json::to_value(s)?)))
        .collect::<Result<_, serde_json::Error>>()
        .map_err(|e| e.to_string())?;
    println!("{}", serde_json::Value::Object(json));
    Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
