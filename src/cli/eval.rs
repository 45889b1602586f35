//! `chronicle eval GOLD...`: tag every TimeML file found and score against its gold TIMEX3s.

use std::process::ExitCode;

use super::EvalArgs;
use crate::eval;
use crate::timex::Tagger;

pub fn run(args: &EvalArgs) -> Result<ExitCode, String> {
    let files = eval::timeml_files(&args.gold);
    if files.is_empty() {
        return Err(format!("no TimeML files (.tml, .TE3input) found under {:?}", args.gold));
    }
    let (scores, misses, errors) = eval::evaluate(&files, Tagger::english());
    for error in &errors {
        super::tell(error);
    }
    if args.misses {
        for miss in &misses {
            println!("{miss}");
        }
        println!();
    }
    print!("{}", scores.table());
    println!("{}", serde_json::to_string(&scores).map_err(|e| e.to_string())?);
    if let Some(floor) = args.min_value_f1
        && scores.value.f1 < floor
    {
        super::tell(format_args!("value F1 {:.3} is below the floor {floor:.3}", scores.value.f1));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
