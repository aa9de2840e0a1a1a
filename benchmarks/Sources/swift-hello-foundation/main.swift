// Hello world with Foundation linked, statically as profint links it: the start-up that Foundation
// alone costs (docs/performance.md).
import Foundation

FileHandle.standardOutput.write(Data("hello, world\n".utf8))
