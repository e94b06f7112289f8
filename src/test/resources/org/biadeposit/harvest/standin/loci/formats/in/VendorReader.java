// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// A vendor format the stand-in knows only from a test's fixture (what Bio-Formats makes of a given file).
package loci.formats.in;

import java.nio.file.Path;

import loci.formats.FormatException;
import loci.formats.FormatReader;

public abstract class VendorReader extends FormatReader {
	protected VendorReader(String format, String... suffixes) {
		super(format, suffixes);
	}

	@Override
	protected void initFile(Path file) throws FormatException {
		throw new FormatException("the stand-in reads " + file.getFileName() + " only from a test's fixture");
	}
}
