// Hello world with the smallest Foundation there is, FoundationEssentials, put to use (a JSON
// encoder): what a Swift program that needs Foundation at all pays at start-up, at best.
import FoundationEssentials

let json = try JSONEncoder().encode(["hello": "world"])
if CommandLine.arguments.count > 1 { print(String(decoding: json, as: UTF8.self)) }
print("hello, world")
