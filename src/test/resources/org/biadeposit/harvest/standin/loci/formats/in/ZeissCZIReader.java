// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats.in;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import loci.formats.FormatException;
import loci.formats.FormatReader;
import loci.formats.UnknownFormatException;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

public class ZeissCZIReader extends FormatReader {
	public ZeissCZIReader() {
		super("Zeiss CZI", "czi");
	}

	@Override
	protected void initFile(Path file) throws FormatException, IOException {
		byte[] head = new byte[10];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 10) < 10 || !"ZISRAWFILE".equals(new String(head, StandardCharsets.US_ASCII))) {
				throw new UnknownFormatException("Unknown file format: " + file);
			}
		}
		store.setImageID("Image:0", 0);
		store.setImageName("DAPI_GFP", 0);
		store.setPixelsID("Pixels:0", 0);
		store.setPixelsDimensionOrder(DimensionOrder.XYCZT, 0);
		store.setPixelsType(PixelType.UINT16, 0);
		store.setPixelsSizeX(new PositiveInteger(320), 0);
		store.setPixelsSizeY(new PositiveInteger(240), 0);
		store.setPixelsSizeZ(new PositiveInteger(1), 0);
		store.setPixelsSizeC(new PositiveInteger(2), 0);
		store.setPixelsSizeT(new PositiveInteger(1), 0);
		store.setChannelID("Channel:0:0", 0, 0);
		store.setChannelName("DAPI", 0, 0);
		store.setChannelID("Channel:0:1", 0, 1);
		store.setChannelName("EGFP", 0, 1);
	}

	@Override
	public String getFormat() {
		return "Fake Bio-Formats CZI";
	}
}
