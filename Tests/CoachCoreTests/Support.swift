import CoachCore
import CoachPrompts

/// The coach with the prompts that ship in the binary.
func shippedCatalog() -> PromptCatalog {
    try! PromptCatalog(files: EmbeddedPrompts.files)
}

func shippedCoach() -> Coach { Coach(catalog: shippedCatalog()) }

/// Feeds lines to a session, returning the final session and every event.
func feed(_ coach: Coach, _ lines: [String], from start: Session = Session()) -> (Session, [CoachEvent]) {
    var session = start
    var events: [CoachEvent] = []
    for line in lines {
        let (next, out) = coach.step(session, line)
        session = next
        events += out
    }
    return (session, events)
}
