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

import java.util.Set;

import ome.xml.model.Channel;
import ome.xml.model.DetectorSettings;
import ome.xml.model.LightPath;
import ome.xml.model.MetadataOnly;
import ome.xml.model.Pixels;
import ome.xml.model.Plane;
import ome.xml.model.TiffData;
import ome.xml.model.UUID;
import ome.xml.model.enums.AcquisitionMode;
import ome.xml.model.enums.Binning;
import ome.xml.model.enums.ContrastMethod;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.enums.IlluminationType;
import ome.xml.model.enums.PixelType;
import ome.xml.model.enums.UnitsLength;
import ome.xml.model.enums.UnitsTime;
import ome.xml.model.enums.handlers.UnitsLengthEnumHandler;
import ome.xml.model.enums.handlers.UnitsTimeEnumHandler;
import ome.xml.model.primitives.Color;
import ome.xml.model.primitives.NonNegativeInteger;
import ome.xml.model.primitives.PositiveFloat;
import ome.xml.model.primitives.PositiveInteger;

/**
 * The Pixels element of plain OME-XML and what it holds (channels, TiffData, planes), for {@link PlainOmeXml}: each
 * value made by the call the OME model's own DOM reading makes for it.
 */
final class PlainOmePixels {

	private static final Set<String> PIXELS = Set.of("ID", "DimensionOrder", "Type", "SignificantBits",
		"Interleaved", "BigEndian", "SizeX", "SizeY", "SizeZ", "SizeC", "SizeT", "PhysicalSizeX", "PhysicalSizeXUnit",
		"PhysicalSizeY", "PhysicalSizeYUnit", "PhysicalSizeZ", "PhysicalSizeZUnit", "TimeIncrement",
		"TimeIncrementUnit");
	private static final Set<String> CHANNEL = Set.of("ID", "Name", "SamplesPerPixel", "IlluminationType",
		"PinholeSize", "PinholeSizeUnit", "AcquisitionMode", "ContrastMethod", "ExcitationWavelength",
		"ExcitationWavelengthUnit", "EmissionWavelength", "EmissionWavelengthUnit", "Fluor", "NDFilter",
		"PockelCellSetting", "Color");
	private static final Set<String> DETECTOR_SETTINGS = Set.of("ID", "Offset", "Gain", "Zoom", "Binning",
		"Integration");
	private static final Set<String> TIFF_DATA = Set.of("IFD", "FirstZ", "FirstT", "FirstC", "PlaneCount");
	private static final Set<String> UUID_ATTRIBUTES = Set.of("FileName");
	private static final Set<String> PLANE = Set.of("TheZ", "TheT", "TheC", "DeltaT", "DeltaTUnit", "ExposureTime",
		"ExposureTimeUnit", "PositionX", "PositionXUnit", "PositionY", "PositionYUnit", "PositionZ", "PositionZUnit");

	private PlainOmePixels() {}

	static Pixels pixels(PlainXml.Element e, PlainOmeXml ids) throws PlainOmeXml.NotPlain, EnumerationException {
		PlainOmeXml.only(e, PIXELS);
		Pixels p = new Pixels();
		p.setID(ids.id(e, p));
		String v;
		if ((v = e.attribute("DimensionOrder")) != null) p.setDimensionOrder(DimensionOrder.fromString(v));
		if ((v = e.attribute("Type")) != null) p.setType(PixelType.fromString(v));
		if ((v = e.attribute("SignificantBits")) != null) p.setSignificantBits(PositiveInteger.valueOf(v));
		if ((v = e.attribute("Interleaved")) != null) p.setInterleaved(Boolean.valueOf(v));
		if ((v = e.attribute("BigEndian")) != null) p.setBigEndian(Boolean.valueOf(v));
		if ((v = e.attribute("SizeX")) != null) p.setSizeX(PositiveInteger.valueOf(v));
		if ((v = e.attribute("SizeY")) != null) p.setSizeY(PositiveInteger.valueOf(v));
		if ((v = e.attribute("SizeZ")) != null) p.setSizeZ(PositiveInteger.valueOf(v));
		if ((v = e.attribute("SizeC")) != null) p.setSizeC(PositiveInteger.valueOf(v));
		if ((v = e.attribute("SizeT")) != null) p.setSizeT(PositiveInteger.valueOf(v));
		UnitsLength unit = PlainOmeXml.lengthUnit(e, "PhysicalSizeX", Pixels.getPhysicalSizeXUnitXsdDefault());
		if ((v = e.attribute("PhysicalSizeX")) != null) {
			p.setPhysicalSizeX(UnitsLengthEnumHandler.getQuantity(PositiveFloat.valueOf(v), unit));
		}
		unit = PlainOmeXml.lengthUnit(e, "PhysicalSizeY", Pixels.getPhysicalSizeYUnitXsdDefault());
		if ((v = e.attribute("PhysicalSizeY")) != null) {
			p.setPhysicalSizeY(UnitsLengthEnumHandler.getQuantity(PositiveFloat.valueOf(v), unit));
		}
		unit = PlainOmeXml.lengthUnit(e, "PhysicalSizeZ", Pixels.getPhysicalSizeZUnitXsdDefault());
		if ((v = e.attribute("PhysicalSizeZ")) != null) {
			p.setPhysicalSizeZ(UnitsLengthEnumHandler.getQuantity(PositiveFloat.valueOf(v), unit));
		}
		UnitsTime time = PlainOmeXml.timeUnit(e, "TimeIncrement", Pixels.getTimeIncrementUnitXsdDefault());
		if ((v = e.attribute("TimeIncrement")) != null) {
			p.setTimeIncrement(UnitsTimeEnumHandler.getQuantity(Double.valueOf(v), time));
		}
		boolean metadataOnly = false;
		for (PlainXml.Element c : e.children) {
			switch (c.name) {
				case "Channel": p.addChannel(channel(c, ids)); break;
				case "TiffData": p.addTiffData(tiffData(c)); break;
				case "Plane": p.addPlane(plane(c)); break;
				case "MetadataOnly":
					PlainOmeXml.only(c, Set.of());
					PlainOmeXml.leaf(c);
					if (metadataOnly) throw new PlainOmeXml.NotPlain();
					metadataOnly = true;
					p.setMetadataOnly(new MetadataOnly());
					break;
				default: throw new PlainOmeXml.NotPlain();
			}
		}
		return p;
	}

	private static Channel channel(PlainXml.Element e, PlainOmeXml ids) throws PlainOmeXml.NotPlain,
		EnumerationException
	{
		PlainOmeXml.only(e, CHANNEL);
		Channel ch = new Channel();
		ch.setID(ids.id(e, ch));
		String v;
		if ((v = e.attribute("Name")) != null) ch.setName(v);
		if ((v = e.attribute("SamplesPerPixel")) != null) ch.setSamplesPerPixel(PositiveInteger.valueOf(v));
		if ((v = e.attribute("IlluminationType")) != null) ch.setIlluminationType(IlluminationType.fromString(v));
		UnitsLength unit = PlainOmeXml.lengthUnit(e, "PinholeSize", Channel.getPinholeSizeUnitXsdDefault());
		if ((v = e.attribute("PinholeSize")) != null) {
			ch.setPinholeSize(UnitsLengthEnumHandler.getQuantity(Double.valueOf(v), unit));
		}
		if ((v = e.attribute("AcquisitionMode")) != null) ch.setAcquisitionMode(AcquisitionMode.fromString(v));
		if ((v = e.attribute("ContrastMethod")) != null) ch.setContrastMethod(ContrastMethod.fromString(v));
		unit = PlainOmeXml.lengthUnit(e, "ExcitationWavelength", Channel.getExcitationWavelengthUnitXsdDefault());
		if ((v = e.attribute("ExcitationWavelength")) != null) {
			ch.setExcitationWavelength(UnitsLengthEnumHandler.getQuantity(PositiveFloat.valueOf(v), unit));
		}
		unit = PlainOmeXml.lengthUnit(e, "EmissionWavelength", Channel.getEmissionWavelengthUnitXsdDefault());
		if ((v = e.attribute("EmissionWavelength")) != null) {
			ch.setEmissionWavelength(UnitsLengthEnumHandler.getQuantity(PositiveFloat.valueOf(v), unit));
		}
		if ((v = e.attribute("Fluor")) != null) ch.setFluor(v);
		if ((v = e.attribute("NDFilter")) != null) ch.setNDFilter(Double.valueOf(v));
		if ((v = e.attribute("PockelCellSetting")) != null) ch.setPockelCellSetting(Integer.valueOf(v));
		if ((v = e.attribute("Color")) != null) ch.setColor(Color.valueOf(v));
		for (PlainXml.Element c : e.children) {
			if ("DetectorSettings".equals(c.name) && ch.getDetectorSettings() == null) {
				ch.setDetectorSettings(detectorSettings(c));
			}
			else if ("LightPath".equals(c.name) && ch.getLightPath() == null) {
				// Bio-Formats writes an empty one in every channel; one with filters is left to the model
				PlainOmeXml.only(c, Set.of());
				PlainOmeXml.leaf(c);
				ch.setLightPath(new LightPath());
			}
			else {
				throw new PlainOmeXml.NotPlain();
			}
		}
		return ch;
	}

	private static DetectorSettings detectorSettings(PlainXml.Element e) throws PlainOmeXml.NotPlain,
		EnumerationException
	{
		PlainOmeXml.only(e, DETECTOR_SETTINGS);
		PlainOmeXml.leaf(e);
		DetectorSettings s = new DetectorSettings();
		String v;
		if ((v = e.attribute("ID")) == null) throw new PlainOmeXml.NotPlain();
		s.setID(v);
		if ((v = e.attribute("Offset")) != null) s.setOffset(Double.valueOf(v));
		if ((v = e.attribute("Gain")) != null) s.setGain(Double.valueOf(v));
		if ((v = e.attribute("Zoom")) != null) s.setZoom(Double.valueOf(v));
		if ((v = e.attribute("Binning")) != null) s.setBinning(Binning.fromString(v));
		if ((v = e.attribute("Integration")) != null) s.setIntegration(PositiveInteger.valueOf(v));
		return s;
	}

	private static TiffData tiffData(PlainXml.Element e) throws PlainOmeXml.NotPlain {
		PlainOmeXml.only(e, TIFF_DATA);
		TiffData t = new TiffData();
		String v;
		if ((v = e.attribute("IFD")) != null) t.setIFD(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("FirstZ")) != null) t.setFirstZ(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("FirstT")) != null) t.setFirstT(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("FirstC")) != null) t.setFirstC(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("PlaneCount")) != null) t.setPlaneCount(NonNegativeInteger.valueOf(v));
		for (PlainXml.Element c : e.children) {
			if (!"UUID".equals(c.name) || t.getUUID() != null) throw new PlainOmeXml.NotPlain();
			PlainOmeXml.only(c, UUID_ATTRIBUTES);
			PlainOmeXml.leaf(c);
			UUID uuid = new UUID();
			// as the model reads it: the text as it is, unless it is blank
			if (!c.text().trim().isEmpty()) uuid.setValue(c.text());
			if ((v = c.attribute("FileName")) != null) uuid.setFileName(v);
			t.setUUID(uuid);
		}
		return t;
	}

	private static Plane plane(PlainXml.Element e) throws PlainOmeXml.NotPlain, EnumerationException {
		PlainOmeXml.only(e, PLANE);
		PlainOmeXml.leaf(e);
		Plane p = new Plane();
		String v;
		if ((v = e.attribute("TheZ")) != null) p.setTheZ(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("TheT")) != null) p.setTheT(NonNegativeInteger.valueOf(v));
		if ((v = e.attribute("TheC")) != null) p.setTheC(NonNegativeInteger.valueOf(v));
		UnitsTime time = PlainOmeXml.timeUnit(e, "DeltaT", Plane.getDeltaTUnitXsdDefault());
		if ((v = e.attribute("DeltaT")) != null) p.setDeltaT(UnitsTimeEnumHandler.getQuantity(Double.valueOf(v), time));
		time = PlainOmeXml.timeUnit(e, "ExposureTime", Plane.getExposureTimeUnitXsdDefault());
		if ((v = e.attribute("ExposureTime")) != null) {
			p.setExposureTime(UnitsTimeEnumHandler.getQuantity(Double.valueOf(v), time));
		}
		UnitsLength unit = PlainOmeXml.lengthUnit(e, "PositionX", Plane.getPositionXUnitXsdDefault());
		if ((v = e.attribute("PositionX")) != null) {
			p.setPositionX(UnitsLengthEnumHandler.getQuantity(Double.valueOf(v), unit));
		}
		unit = PlainOmeXml.lengthUnit(e, "PositionY", Plane.getPositionYUnitXsdDefault());
		if ((v = e.attribute("PositionY")) != null) {
			p.setPositionY(UnitsLengthEnumHandler.getQuantity(Double.valueOf(v), unit));
		}
		unit = PlainOmeXml.lengthUnit(e, "PositionZ", Plane.getPositionZUnitXsdDefault());
		if ((v = e.attribute("PositionZ")) != null) {
			p.setPositionZ(UnitsLengthEnumHandler.getQuantity(Double.valueOf(v), unit));
		}
		return p;
	}
}
