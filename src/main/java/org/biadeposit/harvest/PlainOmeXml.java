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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.BinaryOnly;
import ome.xml.model.Detector;
import ome.xml.model.Image;
import ome.xml.model.Instrument;
import ome.xml.model.Microscope;
import ome.xml.model.Objective;
import ome.xml.model.ObjectiveSettings;
import ome.xml.model.enums.Correction;
import ome.xml.model.enums.DetectorType;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.enums.Immersion;
import ome.xml.model.enums.Medium;
import ome.xml.model.enums.MicroscopeType;
import ome.xml.model.enums.UnitsLength;
import ome.xml.model.enums.UnitsTime;
import ome.xml.model.enums.handlers.UnitsLengthEnumHandler;
import ome.xml.model.primitives.Timestamp;

/**
 * OME-XML of the plain kind most files carry (schema 2016-06; instruments with their microscope, detectors and
 * objectives; images with their pixels, channels, TiffData and planes) read straight into the OME model, without
 * the JDK parser's DOM and without the model building itself from one.
 * <p>
 * The model's values are made by the same calls its own DOM reading makes ({@code PositiveInteger.valueOf},
 * {@code PixelType.fromString}, {@code UnitsLengthEnumHandler.getQuantity}...), so the records are the same. Anything
 * else answers null and the caller reads the document the general way ({@link OmeXml}): an element or attribute not
 * listed here, a value the model or {@link LenientOmeXml} would refuse or repair, an ID given twice, a reference
 * that leads nowhere, XML outside {@link PlainXml}'s subset. The general way then reads it or says what is wrong.
 * </p>
 */
final class PlainOmeXml {

	static final String NAMESPACE = "http://www.openmicroscopy.org/Schemas/OME/2016-06";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final Set<String> OME = Set.of("xmlns", "xmlns:xsi", "xsi:schemaLocation", "UUID", "Creator");
	private static final Set<String> DETECTOR = Set.of("ID", "Manufacturer", "Model", "SerialNumber", "LotNumber",
		"Type", "Gain", "Offset", "Zoom", "AmplificationGain");
	private static final Set<String> MICROSCOPE = Set.of("Manufacturer", "Model", "SerialNumber", "LotNumber",
		"Type");
	private static final Set<String> OBJECTIVE = Set.of("ID", "Manufacturer", "Model", "SerialNumber", "LotNumber",
		"Correction", "Immersion", "LensNA", "NominalMagnification", "CalibratedMagnification", "WorkingDistance",
		"WorkingDistanceUnit", "Iris");
	private static final Set<String> OBJECTIVE_SETTINGS = Set.of("ID", "CorrectionCollar", "Medium",
		"RefractiveIndex");
	private static final Set<String> BINARY_ONLY = Set.of("MetadataFile", "UUID");
	private static final Set<String> IMAGE = Set.of("ID", "Name");
	private static final Set<String> ID_ONLY = Set.of("ID");
	private static final Set<String> NONE = Set.of();

	/** IDs seen, with what they name; instrument references to resolve once every instrument is known. */
	private final Map<String, Object> ids = new HashMap<>();
	private final Map<Image, String> instrumentRefs = new HashMap<>();
	private final List<String> acquisitionDates = new ArrayList<>();

	private PlainOmeXml() {}

	/** The document's OME metadata, or null when it is not plain OME-XML 2016-06 (see the class comment). */
	static OMEXMLMetadataImpl read(String xml) {
		PlainXml.Element root = PlainXml.parse(xml);
		if (root == null || !"OME".equals(root.name)) return null;
		try {
			return new PlainOmeXml().metadata(root);
		}
		catch (NotPlain | EnumerationException | RuntimeException e) {
			return null;
		}
	}

	/** Thrown when the document leaves what this class reads; never leaves it. */
	static final class NotPlain extends Exception {

		NotPlain() {
			super(null, null, false, false);
		}
	}

	private OMEXMLMetadataImpl metadata(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, OME);
		if (!NAMESPACE.equals(e.attribute("xmlns"))) throw new NotPlain();
		String xsi = e.attribute("xmlns:xsi");
		if (xsi != null && !XSI.equals(xsi) || xsi == null && e.attribute("xsi:schemaLocation") != null) {
			throw new NotPlain();
		}
		OMEXMLMetadataRoot root = new OMEXMLMetadataRoot();
		if (e.attribute("UUID") != null) root.setUUID(e.attribute("UUID"));
		if (e.attribute("Creator") != null) root.setCreator(e.attribute("Creator"));
		List<Image> images = new ArrayList<>();
		for (PlainXml.Element c : e.children) {
			switch (c.name) {
				case "Instrument": root.addInstrument(instrument(c)); break;
				case "Image": images.add(image(c)); break;
				case "StructuredAnnotations": break; // nothing reads annotations (OmeXml drops them too)
				case "BinaryOnly":
					only(c, BINARY_ONLY);
					leaf(c);
					if (root.getBinaryOnly() != null) throw new NotPlain();
					BinaryOnly b = new BinaryOnly();
					if (c.attribute("MetadataFile") != null) b.setMetadataFile(c.attribute("MetadataFile"));
					if (c.attribute("UUID") != null) b.setUUID(c.attribute("UUID"));
					root.setBinaryOnly(b);
					break;
				default: throw new NotPlain();
			}
		}
		for (Image image : images) {
			root.addImage(image);
			String ref = instrumentRefs.get(image);
			if (ref == null) continue;
			if (!(ids.get(ref) instanceof Instrument instrument)) throw new NotPlain();
			instrument.linkImage(image);
			image.linkInstrument(instrument);
		}
		OMEXMLMetadataImpl meta = new OmeXml.AsRead(List.of(), acquisitionDates);
		meta.setRoot(root);
		return meta;
	}

	private Instrument instrument(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, ID_ONLY);
		Instrument instrument = new Instrument();
		instrument.setID(id(e, instrument));
		boolean microscope = false;
		for (PlainXml.Element c : e.children) {
			switch (c.name) {
				case "Microscope":
					if (microscope) throw new NotPlain();
					microscope = true;
					only(c, MICROSCOPE);
					Microscope m = new Microscope();
					manufacturer(c, m);
					if (c.attribute("Type") != null) m.setType(MicroscopeType.fromString(c.attribute("Type")));
					instrument.setMicroscope(m);
					break;
				case "Detector": instrument.addDetector(detector(c)); break;
				case "Objective": instrument.addObjective(objective(c)); break;
				default: throw new NotPlain();
			}
		}
		return instrument;
	}

	private Detector detector(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, DETECTOR);
		leaf(e);
		Detector d = new Detector();
		manufacturer(e, d);
		d.setID(id(e, d));
		if (e.attribute("Type") != null) d.setType(DetectorType.fromString(e.attribute("Type")));
		if (e.attribute("Gain") != null) d.setGain(Double.valueOf(e.attribute("Gain")));
		if (e.attribute("Offset") != null) d.setOffset(Double.valueOf(e.attribute("Offset")));
		if (e.attribute("Zoom") != null) d.setZoom(Double.valueOf(e.attribute("Zoom")));
		if (e.attribute("AmplificationGain") != null) {
			d.setAmplificationGain(Double.valueOf(e.attribute("AmplificationGain")));
		}
		return d;
	}

	private Objective objective(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, OBJECTIVE);
		leaf(e);
		Objective o = new Objective();
		manufacturer(e, o);
		o.setID(id(e, o));
		if (e.attribute("Correction") != null) o.setCorrection(Correction.fromString(e.attribute("Correction")));
		if (e.attribute("Immersion") != null) o.setImmersion(Immersion.fromString(e.attribute("Immersion")));
		if (e.attribute("LensNA") != null) o.setLensNA(Double.valueOf(e.attribute("LensNA")));
		if (e.attribute("NominalMagnification") != null) {
			o.setNominalMagnification(Double.valueOf(e.attribute("NominalMagnification")));
		}
		if (e.attribute("CalibratedMagnification") != null) {
			o.setCalibratedMagnification(Double.valueOf(e.attribute("CalibratedMagnification")));
		}
		UnitsLength unit = lengthUnit(e, "WorkingDistance", Objective.getWorkingDistanceUnitXsdDefault());
		if (e.attribute("WorkingDistance") != null) {
			o.setWorkingDistance(UnitsLengthEnumHandler.getQuantity(Double.valueOf(e.attribute("WorkingDistance")),
				unit));
		}
		if (e.attribute("Iris") != null) o.setIris(Boolean.valueOf(e.attribute("Iris")));
		return o;
	}

	private Image image(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, IMAGE);
		Image image = new Image();
		image.setID(id(e, image));
		if (e.attribute("Name") != null) image.setName(e.attribute("Name"));
		String date = null;
		for (PlainXml.Element c : e.children) {
			switch (c.name) {
				case "AcquisitionDate":
					if (date != null) throw new NotPlain();
					only(c, NONE);
					leaf(c);
					date = c.text();
					image.setAcquisitionDate(Timestamp.valueOf(date));
					break;
				case "Description":
					if (image.getDescription() != null) throw new NotPlain();
					only(c, NONE);
					leaf(c);
					image.setDescription(c.text());
					break;
				case "InstrumentRef":
					only(c, ID_ONLY);
					leaf(c);
					if (c.attribute("ID") == null || instrumentRefs.put(image, c.attribute("ID")) != null) {
						throw new NotPlain();
					}
					break;
				case "ObjectiveSettings":
					if (image.getObjectiveSettings() != null) throw new NotPlain();
					image.setObjectiveSettings(objectiveSettings(c));
					break;
				case "Pixels":
					if (image.getPixels() != null) throw new NotPlain();
					image.setPixels(PlainOmePixels.pixels(c, this));
					break;
				default: throw new NotPlain();
			}
		}
		if (image.getPixels() == null) throw new NotPlain(); // OmeXml says what is wrong
		acquisitionDates.add(date);
		return image;
	}

	private static ObjectiveSettings objectiveSettings(PlainXml.Element e) throws NotPlain, EnumerationException {
		only(e, OBJECTIVE_SETTINGS);
		leaf(e);
		ObjectiveSettings s = new ObjectiveSettings();
		if (e.attribute("ID") == null) throw new NotPlain();
		s.setID(e.attribute("ID"));
		if (e.attribute("CorrectionCollar") != null) {
			s.setCorrectionCollar(Double.valueOf(e.attribute("CorrectionCollar")));
		}
		if (e.attribute("Medium") != null) s.setMedium(Medium.fromString(e.attribute("Medium")));
		if (e.attribute("RefractiveIndex") != null) {
			s.setRefractiveIndex(Double.valueOf(e.attribute("RefractiveIndex")));
		}
		return s;
	}

	/** The element's ID, which it must have and no other element may have. */
	String id(PlainXml.Element e, Object named) throws NotPlain {
		String id = e.attribute("ID");
		if (id == null || ids.putIfAbsent(id, named) != null) throw new NotPlain();
		return id;
	}

	private static void manufacturer(PlainXml.Element e, ome.xml.model.ManufacturerSpec spec) {
		if (e.attribute("Manufacturer") != null) spec.setManufacturer(e.attribute("Manufacturer"));
		if (e.attribute("Model") != null) spec.setModel(e.attribute("Model"));
		if (e.attribute("SerialNumber") != null) spec.setSerialNumber(e.attribute("SerialNumber"));
		if (e.attribute("LotNumber") != null) spec.setLotNumber(e.attribute("LotNumber"));
	}

	/** Fails unless every attribute of the element is one of these. */
	static void only(PlainXml.Element e, Set<String> attributes) throws NotPlain {
		for (int i = 0; i < e.attributes.size(); i += 2) {
			if (!attributes.contains(e.attributes.get(i))) throw new NotPlain();
		}
	}

	/** Fails when the element has child elements. */
	static void leaf(PlainXml.Element e) throws NotPlain {
		if (!e.children.isEmpty()) throw new NotPlain();
	}

	/**
	 * The unit of a length attribute as the model takes it: the {@code <attribute>Unit} attribute, else the schema's
	 * default. A unit attribute the model does not know fails, even without its value ({@link LenientOmeXml} drops
	 * it with a warning).
	 */
	static UnitsLength lengthUnit(PlainXml.Element e, String attribute, String schemaDefault)
		throws EnumerationException
	{
		String unit = e.attribute(attribute + "Unit");
		return UnitsLength.fromString(unit == null ? schemaDefault : unit);
	}

	/** The same for a time attribute. */
	static UnitsTime timeUnit(PlainXml.Element e, String attribute, String schemaDefault) throws EnumerationException {
		String unit = e.attribute(attribute + "Unit");
		return UnitsTime.fromString(unit == null ? schemaDefault : unit);
	}
}
