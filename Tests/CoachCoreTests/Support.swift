import CoachCore
import CoachPrompts

/// The coach with the prompts that ship in the binary.
func shippedCatalog() -> PromptCatalog {
    try! PromptCatalog(files: EmbeddedPrompts.files)
}

func shippedCoach() -> Coach { Coach(catalog: shippedCatalog()) }

/// Feeds lines to a session, returning the final session and every event.
func feed(_ coach: Coach, _ lines: [String], from start: Session = Session()) -> (Session, [CoachEvent]) {
    steps(lines, from: start, coach.step)
}

/// Feeds lines through any step function, returning the final state and every event.
func steps<State, Event>(_ lines: [String], from start: State, _ step: (State, String) -> (State, [Event])) -> (State, [Event]) {
    var state = start
    var events: [Event] = []
    for line in lines {
        let (next, out) = step(state, line)
        state = next
        events += out
    }
    return (state, events)
}

/// Whether `piece` occurs in `text` on whole characters (grapheme clusters), as a reader sees
/// it. Foundation's `contains`, which a test file may pick up, compares UTF-16 units instead and
/// would accept a quote that starts on a combining mark.
func containsWholeCharacters(_ text: String, _ piece: String) -> Bool {
    piece.isEmpty || Array(text).firstRange(of: Array(piece)) != nil
}
