// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// Reads every TIFF, ImageJ's too, as "Tagged Image File Format"; its suffix is not enough: it looks at the bytes.
package loci.formats.in;

import java.nio.file.Path;

import loci.formats.FormatReader;

public class TiffReader extends FormatReader {
	public TiffReader() {
		super("Tagged Image File Format", "tif", "tiff");
		suffixSufficient = false;
	}

	@Override
	protected boolean isThisType(String name, byte[] head) {
		// "unknown" in the name: a TIFF variant no reader of the stand-in knows
		return head.length >= 4 && (head[0] == 'I' || head[0] == 'M') && !name.contains("unknown");
	}

	@Override
	protected void initFile(Path file) {
		OMEXMLReader.plainImage(store, file);
	}
}
