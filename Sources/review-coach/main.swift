import ArgumentParser
import CoachShell

ReviewCoach.main()
