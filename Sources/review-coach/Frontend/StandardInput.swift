import CoachShell

/// Where an interactive command reads what the person types: the one choice of line reader
/// shared by chat, resume and practice.
enum StandardInput {
    /// libedit (line editing, history, Tab completion) when standard input and output are both
    /// terminals; otherwise the plain reader on standard input. `echo` is `.byReader` when the
    /// reader shows the prompt and the typed text itself, `.none` when nothing shows them.
    ///
    /// The reader keeps only what the caller passes to `remember`: answers and commands, never
    /// review text or drafts.
    static func reader(history: HistoryFile) -> (reader: LineReader, echo: ChatLoop.Echo) {
        if EditLineReader.isInteractive { return (EditLineReader(historyFile: history), .byReader) }
        return (PlainLineReader(fileDescriptor: 0), .none)
    }
}
