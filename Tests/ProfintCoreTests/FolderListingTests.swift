import Foundation
@testable import ProfintContent
import ProfintTestSupport
import Testing

/// The folder listing the catalog finds bundles, tools, translations and test cases with.
@Suite("Folder listings")
struct FolderListingTests {
    @Test func theNamesAsFoundationGivesThem() throws {
        let root = try temporaryFolder(["a.lua": "", ".hidden": "", "café.md": "", "sub/inner.txt": ""])
        let names = try #require(FolderListing.names(atPath: root.path))
        #expect(names.sorted() == [".hidden", "a.lua", "café.md", "sub"])
        #expect(names.sorted() == (try FileManager.default.contentsOfDirectory(atPath: root.path)).sorted())
        #expect(FolderListing.names(atPath: root.appendingPathComponent("a.lua").path) == nil, "a file")
        #expect(FolderListing.names(atPath: root.appendingPathComponent("none").path) == nil, "nothing there")
        #expect(FolderListing.names(atPath: root.appendingPathComponent("sub").path) == ["inner.txt"])
    }
}
