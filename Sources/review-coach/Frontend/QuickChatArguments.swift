/// The chat's options read without the argument parser, so that
/// `review-coach --no-history` starts as fast as `review-coach` alone: building the parser's
/// command tree costs several times the rest of start-up. Anything this does not know exactly
/// (another command, `--help`, a misspelt or repeated option, a bad value) returns nil and goes
/// through the argument parser, which owns every message and the usage text.
enum QuickChatArguments {
    /// The chat to start, or nil to let the argument parser decide.
    static func parse(_ arguments: [String]) -> ChatLaunch? {
        var launch = ChatLaunch()
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), seen.insert(argument).inserted else { return nil }
            switch argument {
            case "--no-history": launch.settings.noHistory = true
            case "--incognito": launch.settings.incognito = true
            case "--explain": launch.explain = true
            case "--width", "--review-file", "--script", "--record", "--prompts", "--profile":
                index += 1
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                let value = arguments[index]
                switch argument {
                case "--width":
                    guard let width = Int(value), width >= 20 else { return nil }
                    launch.settings.width = width
                case "--review-file": launch.reviewFile = value
                case "--script": launch.script = value
                case "--record": launch.settings.record = value
                case "--profile": launch.settings.profile = value
                default: launch.settings.prompts = value
                }
            default:
                return nil
            }
            index += 1
        }
        return launch
    }
}
