// Shows how the text engine reads each line of standard input: concepts found, parts of a
// demand, findings. For people editing lexicon/. Usage: swift run lexicon-probe < texts.txt
import CoachCore

while let line = readLine() {
    for l in GrammarTrace.lines(for: line) { print(l) }
    print("")
}
