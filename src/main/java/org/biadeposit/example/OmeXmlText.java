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
package org.biadeposit.example;

import java.util.List;
import java.util.Locale;

/**
 * OME-XML (schema 2016-06) for one image taken with a {@link SetUp}, as an acquisition system writes it: the
 * instrument (microscope, detectors, objective), the image's objective settings, acquisition date, pixel sizes and
 * channels with wavelengths; and the TiffData that places its planes in one file or, for a multi-file set, in
 * several files named by UUID.
 */
final class OmeXmlText {

	static final String NAMESPACE = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

	/** Where the planes of the image are: in the file itself, or one plane per file of a multi-file set. */
	record Planes(List<String> fileNames, List<String> fileUuids) {

		static Planes inThisFile() {
			return new Planes(List.of(), List.of());
		}
	}

	private OmeXmlText() {}

	/** The image's OME-XML; {@code sizeZ × channels × sizeT} planes in XYZCT order. */
	static String image(SetUp s, String uuid, String name, String date, int sizeX, int sizeY, int sizeZ, int sizeT,
		double timeIncrement, Planes planes)
	{
		StringBuilder x = new StringBuilder(4096);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		x.append("<OME xmlns=\"").append(NAMESPACE).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
			.append(" xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(NAMESPACE).append("/ome.xsd\"")
			.append(" UUID=\"").append(uuid).append("\" Creator=\"bia-deposit example generator\">\n");
		x.append("  <Instrument ID=\"Instrument:0\">\n");
		x.append("    <Microscope").append(attr("Manufacturer", s.microscopeManufacturer())).append(attr("Model", s
			.microscopeModel())).append(attr("Type", s.microscopeType())).append("/>\n");
		for (int d = 0; d < s.detectors().size(); d++) {
			SetUp.Detector det = s.detectors().get(d);
			x.append("    <Detector").append(attr("ID", "Detector:0:" + d)).append(attr("Manufacturer", det
				.manufacturer())).append(attr("Model", det.model())).append(attr("Type", det.type())).append("/>\n");
		}
		x.append("    <Objective ID=\"Objective:0:0\"").append(attr("Manufacturer", s.objectiveManufacturer())).append(
			attr("Model", s.objectiveModel())).append(attr("NominalMagnification", number(s.magnification()))).append(
				attr("LensNA", number(s.lensNA()))).append(attr("Immersion", s.immersion())).append("/>\n");
		x.append("  </Instrument>\n");
		x.append("  <Image ID=\"Image:0\"").append(attr("Name", name)).append(">\n");
		x.append("    <AcquisitionDate>").append(date).append("</AcquisitionDate>\n");
		x.append("    <InstrumentRef ID=\"Instrument:0\"/>\n");
		x.append("    <ObjectiveSettings ID=\"Objective:0:0\"/>\n");
		int sizeC = s.channels().size();
		x.append("    <Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\"").append(attr("Type", s.bitsPerPixel() == 8
			? "uint8" : "uint16")).append(attr("SizeX", sizeX)).append(attr("SizeY", sizeY)).append(attr("SizeZ",
				sizeZ)).append(attr("SizeC", sizeC)).append(attr("SizeT", sizeT)).append(attr("PhysicalSizeX", number(s
					.pixelSize()))).append(" PhysicalSizeXUnit=\"µm\"").append(attr("PhysicalSizeY", number(s
						.pixelSize()))).append(" PhysicalSizeYUnit=\"µm\"");
		if (sizeZ > 1) x.append(attr("PhysicalSizeZ", number(s.zStep()))).append(" PhysicalSizeZUnit=\"µm\"");
		if (sizeT > 1) x.append(attr("TimeIncrement", number(timeIncrement))).append(" TimeIncrementUnit=\"s\"");
		x.append(" BigEndian=\"false\">\n");
		for (int c = 0; c < sizeC; c++) {
			SetUp.Channel ch = s.channels().get(c);
			x.append("      <Channel").append(attr("ID", "Channel:0:" + c)).append(attr("Name", ch.name())).append(attr(
				"SamplesPerPixel", 1)).append(attr("IlluminationType", "Epifluorescence")).append(attr("ContrastMethod", "Fluorescence")).append(attr("AcquisitionMode",
					s.acquisitionMode())).append(attr("Fluor", ch.fluor())).append(attr("ExcitationWavelength", number(ch
						.excitation()))).append(" ExcitationWavelengthUnit=\"nm\"").append(attr("EmissionWavelength",
							number(ch.emission()))).append(" EmissionWavelengthUnit=\"nm\">\n");
			x.append("        <DetectorSettings").append(attr("ID", "Detector:0:" + Math.min(c, s.detectors().size() -
				1))).append("/>\n");
			x.append("      </Channel>\n");
		}
		int planeCount = sizeZ * sizeC * sizeT;
		if (planes.fileNames().isEmpty()) {
			x.append("      <TiffData IFD=\"0\"").append(attr("PlaneCount", planeCount)).append("/>\n");
		}
		else {
			for (int p = 0; p < planeCount; p++) {
				int z = p % sizeZ, c = p / sizeZ % sizeC, t = p / (sizeZ * sizeC);
				x.append("      <TiffData").append(attr("FirstZ", z)).append(attr("FirstC", c)).append(attr("FirstT",
					t)).append(" IFD=\"0\" PlaneCount=\"1\">\n");
				x.append("        <UUID").append(attr("FileName", planes.fileNames().get(p))).append('>').append(planes
					.fileUuids().get(p)).append("</UUID>\n");
				x.append("      </TiffData>\n");
			}
		}
		x.append("    </Pixels>\n  </Image>\n</OME>\n");
		return x.toString();
	}

	/** The ImageDescription of a TIFF in a multi-file set: only a pointer to the companion file. */
	static String binaryOnly(String uuid, String companionName, String companionUuid) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OME xmlns=\"" + NAMESPACE + "\" UUID=\"" + uuid + "\"" +
			" Creator=\"bia-deposit example generator\">\n  <BinaryOnly" + attr("MetadataFile", companionName) + attr(
				"UUID", companionUuid) + "/>\n</OME>\n";
	}

	private static String attr(String name, Object value) {
		return " " + name + "=\"" + escape(String.valueOf(value)) + "\"";
	}

	static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s",
			v);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
	}
}
