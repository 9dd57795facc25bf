import Foundation

// Prints one line and exits: the cost of starting any Swift program that links Foundation.
print(ProcessInfo.processInfo.processIdentifier > 0 ? "ready" : "")
