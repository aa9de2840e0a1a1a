import Foundation
import Testing

/// The checkout, and the fixtures in it.
let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let fixtures = checkout.appendingPathComponent("Tests/Fixtures")

/// What a run of the built `profint` printed, and how it ended.
struct Outcome {
    var status: Int32
    var out: String
    var err: String
}

/// The built executable, beside the test bundle.
let profintBinary: URL = {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map(URL.init(fileURLWithPath:))
    var folder = exe?.deletingLastPathComponent() ?? checkout.appendingPathComponent(".build/debug")
    while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("profint")
}()

/// An empty folder used as PROFINT_HOME, so only the fixtures a test names are on the search path.
let emptyHome: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("profint-empty-home")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// Runs profint with `arguments`, feeding `input` on stdin.
@discardableResult
func profint(_ arguments: [String], input: String = "", environment extra: [String: String] = [:], in folder: URL? = nil) throws -> Outcome {
    try runProgram(profintBinary.path, arguments, input: input, environment: extra, in: folder)
}

/// Runs a program with profint's test environment.
func runProgram(_ program: String, _ arguments: [String], input: String = "", environment extra: [String: String] = [:], in folder: URL? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PROFINT_HOME"] = emptyHome.path
    environment["PROFINT_PATH"] = nil
    environment["NO_COLOR"] = "1"
    environment["LANG"] = "C.UTF-8"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    if let folder { process.currentDirectoryURL = folder }
    let stdin = Pipe(), stdout = Pipe()
    let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("profint-stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: errFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errFile) }
    let stderr = try FileHandle(forWritingTo: errFile)
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let inputData = Data(input.utf8)
    let writer = Thread {
        stdin.fileHandleForWriting.write(inputData)
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try stderr.close()
    let errData = FileManager.default.contents(atPath: errFile.path) ?? Data()
    return Outcome(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
}

/// A temporary folder with files.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("profint-cli-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}

let good = fixtures.appendingPathComponent("good").path

/// Full answers for the fixture tool demo/plan.
let planYAML = """
    tool: demo/plan
    session: { organisation: CRESM, facilitator: Laura }
    answers:
      needs.needs: [Housing, Health]
      needs.alone: false
      needs.why: "<script>alert(1)</script>"
      partners.for[Housing]: [Caritas]
      partners.for[Health]: [ASP]
      partners.strength: 4
      partners.mode: formal
      partners.start: 2021-03-04
      partners.actions: [{ what: call the agencies, when: 2021-03-05 }]
      cover.level[Housing]: partners
      cover.level[Health]: "no"

    """
