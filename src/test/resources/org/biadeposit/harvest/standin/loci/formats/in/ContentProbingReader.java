// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// One of the many readers that open every file they are asked about to look at its first bytes.
package loci.formats.in;

import java.nio.file.Path;

import loci.formats.FormatException;
import loci.formats.FormatReader;

public class ContentProbingReader extends FormatReader {
	public ContentProbingReader(String format, String suffix) {
		super(format, suffix);
		suffixSufficient = false;
		suffixNecessary = false;
	}

	@Override
	protected void initFile(Path file) throws FormatException {
		throw new FormatException("not a " + format + " file");
	}
}
