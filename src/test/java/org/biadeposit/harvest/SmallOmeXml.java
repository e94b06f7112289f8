/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest;

/**
 * Writes small OME-XML documents of several schema versions for tests: one instrument with a microscope, one
 * 4 x 3 image that uses it. The microscope model and anything before the root element are given, so that tests can
 * put entity references and DOCTYPEs where an attacker would.
 */
public final class SmallOmeXml {

	/** Versions the reader upgrades with the OME transforms, and the current one. */
	static final String[] VERSIONS = { "2003-FC", "2008-09", "2010-06", "2012-06", "2016-06" };

	private static final String NS_2016 = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

	private SmallOmeXml() {}

	/**
	 * An OME-XML document.
	 *
	 * @param version one of {@link #VERSIONS}
	 * @param prolog text between the XML declaration and the root element (a DOCTYPE), or ""
	 * @param microscopeModel the raw XML text of the Microscope's Model attribute (may hold an entity reference)
	 */
	public static String document(String version, String prolog, String microscopeModel) {
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog;
		String instrument = "<Instrument ID=\"Instrument:0\"><Microscope Manufacturer=\"Zeiss\" Model=\"" +
			microscopeModel + "\"/></Instrument>\n";
		switch (version) {
			case "2003-FC":
				return head + "<OME xmlns=\"http://www.openmicroscopy.org/XMLschemas/OME/FC/ome.xsd\" " +
					"xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" +
					"http://www.openmicroscopy.org/Schemas/OME/2003-FC ome.xsd\">\n" + instrument +
					"<Image ID=\"Image:0\" Name=\"small\" CreationDate=\"2003-01-01T00:00:00\" " +
					"DefaultPixels=\"Pixels:0\"><InstrumentRef ID=\"Instrument:0\"/>" +
					"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" PixelType=\"uint8\" BigEndian=\"false\" " +
					"SizeX=\"4\" SizeY=\"3\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"/></Image>\n</OME>\n";
			case "2008-09":
				return head + "<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2008-09\">\n" + instrument +
					"<Image ID=\"Image:0\" Name=\"small\" DefaultPixels=\"Pixels:0\">" +
					"<CreationDate>2008-09-01T00:00:00</CreationDate><InstrumentRef ID=\"Instrument:0\"/>" +
					"<LogicalChannel ID=\"LogicalChannel:0\"><ChannelComponent Index=\"0\" Pixels=\"Pixels:0\"/>" +
					"</LogicalChannel><Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" PixelType=\"uint8\" " +
					"BigEndian=\"false\" SizeX=\"4\" SizeY=\"3\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"/></Image>\n</OME>\n";
			default:
				return head + "<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/" + version + "\">\n" +
					instrument + "<Image ID=\"Image:0\" Name=\"small\"><InstrumentRef ID=\"Instrument:0\"/>" +
					"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"4\" SizeY=\"3\" " +
					"SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"><Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/>" +
					"<MetadataOnly/></Pixels></Image>\n</OME>\n";
		}
	}

	/** A 2016-06 companion: one image with one Z plane in each of the named TIFFs. */
	static String companion(String... tiffs) {
		StringBuilder planes = new StringBuilder();
		for (int z = 0; z < tiffs.length; z++) {
			planes.append("<TiffData FirstZ=\"").append(z).append("\" IFD=\"0\" PlaneCount=\"1\"><UUID FileName=\"")
				.append(tiffs[z]).append("\">urn:uuid:00000000-0000-0000-0000-00000000000").append(z % 10).append(
					"</UUID></TiffData>");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OME xmlns=\"" + NS_2016 + "\" " +
			"UUID=\"urn:uuid:11111111-1111-1111-1111-111111111111\">\n<Image ID=\"Image:0\" Name=\"set\">" +
			"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"4\" SizeY=\"3\" SizeZ=\"" +
			tiffs.length + "\" SizeC=\"1\" SizeT=\"1\"><Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/>" + planes +
			"</Pixels></Image>\n</OME>\n";
	}

	/** The OME-XML of a TIFF that keeps its metadata in a companion file. */
	static String binaryOnly(String metadataFile) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OME xmlns=\"" + NS_2016 + "\" " +
			"UUID=\"urn:uuid:22222222-2222-2222-2222-222222222222\"><BinaryOnly MetadataFile=\"" + metadataFile +
			"\" UUID=\"urn:uuid:11111111-1111-1111-1111-111111111111\"/></OME>\n";
	}
}
