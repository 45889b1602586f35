//! Loading files on a background thread, for the app: progress, per-file results, cancel.
//! No egui here; the app polls `Loader::poll` once per frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::{IngestError, IngestOptions, load_path, supported_files};
use crate::model::Article;

/// What the background loader reports, in order: for each file a `Progress`, then its
/// `Loaded` or `Failed`; `Finished` last (also after a cancel).
#[derive(Debug)]
pub enum Progress {
    /// About to read file number `done + 1` of `total`.
    Progress {
        done: usize,
        total: usize,
        current: PathBuf,
    },
    Loaded(Vec<Article>),
    Failed {
        path: PathBuf,
        error: IngestError,
    },
    Finished {
        cancelled: bool,
    },
}

/// Loads files and folders (recursively) on a thread.
pub struct Loader {
    receiver: Receiver<Progress>,
    cancel: Arc<AtomicBool>,
    finished: bool,
}

impl Loader {
    /// Starts loading `paths`; folders are expanded to every supported file under them.
    pub fn start(paths: Vec<PathBuf>, options: IngestOptions) -> Loader {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        std::thread::spawn(move || {
            let mut files = Vec::new();
            for path in paths {
                if path.is_dir() {
                    let (found, failures) = supported_files(&path);
                    files.extend(found);
                    for (path, result) in failures {
                        if let Err(error) = result {
                            let _ = sender.send(Progress::Failed { path, error });
                        }
                    }
                } else {
                    files.push(path);
                }
            }
            let total = files.len();
            for (done, path) in files.into_iter().enumerate() {
                if flag.load(Ordering::Relaxed) {
                    let _ = sender.send(Progress::Finished { cancelled: true });
                    return;
                }
                if sender.send(Progress::Progress { done, total, current: path.clone() }).is_err() {
                    return; // nobody is listening any more
                }
                let message = match load_path(&path, &options) {
                    Ok(articles) => Progress::Loaded(articles),
                    Err(error) => Progress::Failed { path, error },
                };
                if sender.send(message).is_err() {
                    return;
                }
            }
            let _ = sender.send(Progress::Finished { cancelled: flag.load(Ordering::Relaxed) });
        });
        Loader { receiver, cancel, finished: false }
    }

    /// Everything reported since the last call; never blocks.
    pub fn poll(&mut self) -> Vec<Progress> {
        let mut messages = Vec::new();
        loop {
            match self.receiver.try_recv() {
                Ok(message) => {
                    if matches!(message, Progress::Finished { .. }) {
                        self.finished = true;
                    }
                    messages.push(message);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if !self.finished {
                        self.finished = true;
                        messages.push(Progress::Finished { cancelled: true });
                    }
                    break;
                }
            }
        }
        messages
    }

    /// Asks the thread to stop before the next file; `Finished { cancelled: true }` follows.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether `Finished` has been reported.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}
