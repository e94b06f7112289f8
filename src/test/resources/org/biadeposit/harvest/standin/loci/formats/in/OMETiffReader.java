// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats.in;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import loci.formats.FormatException;
import loci.formats.FormatReader;

public class OMETiffReader extends FormatReader {
	private String madeFormat;

	public OMETiffReader() {
		super("OME-TIFF", "ome.tif", "ome.tiff");
		suffixSufficient = false;
	}

	@Override
	protected boolean isThisType(String name, byte[] head) {
		return head.length >= 4 && (head[0] == 'I' || head[0] == 'M');
	}

	@Override
	protected void initFile(Path file) throws FormatException, IOException {
		Path companion = null;
		try (Stream<Path> siblings = Files.list(file.getParent())) {
			companion = siblings.filter(p -> p.getFileName().toString().endsWith("companion.ome")).findFirst()
				.orElse(null);
		}
		if (companion == null) {
			// A lone OME-TIFF: Bio-Formats reads it (this stand-in without its OME-XML)
			OMEXMLReader.plainImage(store, file);
			madeFormat = "OME-TIFF";
			return;
		}
		OMEXMLReader.parse(store, companion);
		madeFormat = "Fake Bio-Formats OME-TIFF";
		used = OMEXMLReader.companionSet(companion);
	}

	@Override
	public String getFormat() {
		return madeFormat;
	}
}
