import ArgumentParser
import CoachCore
import CoachShell

/// `review-coach profile`: shows or changes the owner profile the coach remembers.
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or change what the coach remembers about your business.",
        discussion: """
            The profile holds your business's name and kind, how you sign your replies, how a \
            customer can reach you, and your listings (Google, Yelp, Tripadvisor, ...). A chat at \
            the terminal reads it, so those questions are not asked again, and remembers the \
            signature and contact line you give. It is kept in \
            $XDG_STATE_HOME/review-coach/profile.json (mode 0600). Scripts and transcripts take a \
            profile only from --profile FILE, in the same JSON shape that --json prints.

            Exit codes: 0 done; 1 the profile could not be read or written (the reason is \
            printed); 64 a wrong option, such as a contact line with a web address.

            Examples:
              review-coach profile
              review-coach profile --signature "Maria, owner" --industry restaurant
              review-coach profile --contact "call the shop and ask for Maria"
              review-coach profile --json > me.json
            """
    )

    @Option(help: "The business's name.") var business: String?
    @Option(help: ArgumentHelp("The kind of business: \(Industry.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var industry: String?
    @Option(help: "How you sign your replies.") var signature: String?
    @Option(help: "How a customer reaches you directly (no web address: platforms refuse them).") var contact: String?
    @Option(help: ArgumentHelp("A link to one of your listings; repeat for each (replaces the stored ones).", valueName: "link"))
    var listing: [String] = []
    @Flag(help: "Forget the whole profile.") var clear = false
    @Flag(help: "Print the profile as JSON (the --profile FILE format).") var json = false

    func validate() throws {
        do {
            _ = try change()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The members given on the command line, each checked.
    private func change() throws(ProfileError) -> OwnerProfile {
        OwnerProfile(business: try ProfileJSON.nonEmpty(business, option: "business"),
                     industry: try ProfileJSON.industry(industry),
                     signature: try ProfileJSON.nonEmpty(signature, option: "signature"),
                     contact: try ProfileJSON.contact(ProfileJSON.nonEmpty(contact, option: "contact")),
                     listings: try listing.map(ProfileJSON.listing))
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: nil)
        let state = StateDirectory()
        var profile = clear ? OwnerProfile() : try ProfileStore.read(from: state)
        let change = try change()
        if clear || !change.isEmpty {
            profile = profile.updated(with: change)
            try ProfileStore.save(profile, in: state)
        }
        if json {
            print(ProfileJSON.encode(profile))
            return
        }
        let said = (clear ? [catalog.text("profile.cleared")] : []) + ProfileView(catalog: catalog).text(profile).split(separator: "\n").map(String.init)
        let lines = said.map { StyledLine(.plain, $0) }
        print(ReadableLines.standardOutput(width: nil).text(lines), terminator: "")
    }
}
