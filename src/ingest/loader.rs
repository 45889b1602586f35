//! Loading files and folders on a background thread, for the app: a count of the files up
//! front, "n of m files" with the current file as it goes, each file's articles or failure as
//! soon as it is read, and cancel. No egui here: the app calls [`Loader::poll`] once per frame
//! and draws what it returned.
//!
//! ```no_run
//! use chronicle::ingest::{IngestOptions, Loader, Progress};
//!
//! let mut loader = Loader::start(vec!["news/".into()], IngestOptions::default());
//! let cancel = loader.cancel_handle(); // `cancel.cancel()` from a button or another thread
//! while !loader.is_finished() {
//!     for message in loader.poll() {
//!         match message {
//!             Progress::Started { total } => println!("{total} files"),
//!             Progress::Progress { done, total, current } => {
//!                 println!("{} of {total} files: {}", done + 1, current.display())
//!             }
//!             Progress::Loaded(articles) => println!("{} articles", articles.len()),
//!             Progress::Failed { error, .. } => println!("{error}"),
//!             Progress::Finished { cancelled } => println!("done (cancelled: {cancelled})"),
//!         }
//!     }
//! }
//! ```
//!
//! Not for: the command line, which reads its files in parallel with `load_path` directly.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

use super::{IngestError, IngestOptions, load_path, supported_files};
use crate::model::Article;

/// What the background loader reports, in this order: `Started` once the folders have been
/// walked; then for each file a `Progress` followed by its `Loaded` or `Failed`; `Finished`
/// last, also after a cancel. Folders that could not be read are reported as `Failed` right
/// after `Started`.
#[derive(Debug)]
pub enum Progress {
    /// The folders have been walked: `total` files will be read.
    Started { total: usize },
    /// About to read file number `done + 1` of `total`.
    Progress { done: usize, total: usize, current: PathBuf },
    /// The articles one file holds (a feed holds several); each carries its `path`.
    Loaded(Vec<Article>),
    /// A file or folder that could not be read, and why in words a user understands.
    Failed { path: PathBuf, error: IngestError },
    /// Nothing more will come. `cancelled` says whether files were left unread.
    Finished { cancelled: bool },
}

/// Stops a [`Loader`] before its next file. Cheap to clone and to send to another thread.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// Asks the loader to stop; the file being read is finished first.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Loads files and folders (recursively, every supported file) on a thread of its own.
/// Dropping it stops the thread after the current file.
pub struct Loader {
    receiver: Receiver<Progress>,
    cancel: CancelHandle,
    finished: bool,
}

impl Loader {
    /// Starts loading `paths` with `options` (the size limit); folders are expanded to every
    /// supported file under them. Returns at once; read the results with [`Loader::poll`].
    pub fn start(paths: Vec<PathBuf>, options: IngestOptions) -> Loader {
        let (sender, receiver) = mpsc::channel();
        let cancel = CancelHandle::default();
        let flag = cancel.clone();
        std::thread::spawn(move || {
            let cancelled = load_all(paths, &options, &flag, &sender);
            let _ = sender.send(Progress::Finished { cancelled });
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
        self.cancel.cancel();
    }

    /// A handle that cancels this loader from elsewhere (a button, another thread).
    pub fn cancel_handle(&self) -> CancelHandle {
        self.cancel.clone()
    }

    /// Whether `Finished` has been reported by `poll`.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

impl Drop for Loader {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

/// The loader thread's work. Returns whether it stopped because it was cancelled (or
/// nobody listens any more).
fn load_all(
    paths: Vec<PathBuf>,
    options: &IngestOptions,
    cancel: &CancelHandle,
    sender: &Sender<Progress>,
) -> bool {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        if cancel.is_cancelled() {
            return true;
        }
        if path.is_dir() {
            let (found, failures) = supported_files(&path);
            files.extend(found);
            unreadable
                .extend(failures.into_iter().filter_map(|(path, result)| result.err().map(|e| (path, e))));
        } else {
            files.push(path);
        }
    }
    let total = files.len();
    if sender.send(Progress::Started { total }).is_err() {
        return true;
    }
    for (path, error) in unreadable {
        if sender.send(Progress::Failed { path, error }).is_err() {
            return true;
        }
    }
    for (done, path) in files.into_iter().enumerate() {
        if cancel.is_cancelled() {
            return true;
        }
        if sender.send(Progress::Progress { done, total, current: path.clone() }).is_err() {
            return true;
        }
        let message = match load_guarded(&path, options) {
            Ok(articles) => Progress::Loaded(articles),
            Err(error) => Progress::Failed { path, error },
        };
        if sender.send(message).is_err() {
            return true;
        }
    }
    false
}

/// `load_path`, with a panic (a bug in a reader) turned into that file's failure so the
/// other files still load.
fn load_guarded(path: &std::path::Path, options: &IngestOptions) -> Result<Vec<Article>, IngestError> {
    catch_unwind(AssertUnwindSafe(|| load_path(path, options)))
        .unwrap_or_else(|panic| Err(IngestError::from_panic(path, panic.as_ref())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancelled_loader_reads_no_further_file() {
        let tmp = tempfile::Builder::new().prefix("chronicle-cancel-").tempdir().expect("temp dir");
        let dir = tmp.path().to_path_buf();
        std::fs::write(dir.join("talks.txt"), "Talks on Monday.").expect("write");
        let (sender, receiver) = mpsc::channel();
        let cancel = CancelHandle::default();
        cancel.cancel();
        let cancelled = load_all(vec![dir.clone()], &IngestOptions::default(), &cancel, &sender);
        drop(sender);
        assert!(cancelled);
        assert!(receiver.iter().all(|m| !matches!(m, Progress::Loaded(_))));
    }
}
