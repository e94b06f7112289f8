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

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.units.unit.Unit;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

/**
 * TIFF files written by ImageJ (ImageDescription starting {@code ImageJ=}: {@code channels}, {@code slices},
 * {@code frames}, {@code unit}, {@code spacing}, {@code finterval}; pixel size from XResolution/YResolution), and,
 * as the last resort for any TIFF, plain TIFF dimensions and pixel type.
 */
@Plugin(type = MetadataReader.class, priority = Priority.LOW)
public class ImageJTiffReader implements MetadataReader {

	@Override
	public String format() {
		return "ImageJ TIFF";
	}

	@Override
	public boolean accepts(FileProbe file) {
		return file.isTiff();
	}

	/** Whether the file is a TIFF that ImageJ wrote (its ImageDescription starts with "ImageJ="). */
	static boolean isImageJTiff(FileProbe file) {
		if (!file.isTiff()) return false;
		TiffDirectory tiff = file.tiffOrNull();
		return tiff != null && tiff.writtenByImageJ();
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		TiffDirectory tiff = file.tiff();
		boolean imagej = tiff.writtenByImageJ();
		// ImageJ says how many planes it wrote; a plain TIFF's planes are its IFDs, which must be counted.
		if (!imagej) tiff = file.tiffWithIfdCount();
		OmeTiffReader.checkComplete(file.path(), tiff);
		Map<String, String> info = imagej ? properties(tiff.description) : Map.of();

		int samples = Math.max(1, tiff.samplesPerPixel);
		int images = positive(info.get("images"), imagej ? 1 : Math.max(1, tiff.ifdCount));
		int channels = positive(info.get("channels"), 1);
		int frames = positive(info.get("frames"), 1);
		int slices = positive(info.get("slices"), Math.max(1, images / Math.max(1, channels * frames)));
		if (samples > 1 && channels == 1) channels = samples; // RGB: one plane, three samples
		if (imagej) checkPixelDataInside(tiff, images, samples);

		OMEXMLMetadataImpl meta = new OMEXMLMetadataImpl();
		meta.setImageID("Image:0", 0);
		meta.setImageName(file.path().getFileName().toString(), 0);
		meta.setPixelsID("Pixels:0", 0);
		meta.setPixelsDimensionOrder(DimensionOrder.XYCZT, 0);
		meta.setPixelsSizeX(new PositiveInteger(dimension(tiff.width, "ImageWidth")), 0);
		meta.setPixelsSizeY(new PositiveInteger(dimension(tiff.length, "ImageLength")), 0);
		meta.setPixelsSizeZ(new PositiveInteger(slices), 0);
		meta.setPixelsSizeC(new PositiveInteger(channels), 0);
		meta.setPixelsSizeT(new PositiveInteger(frames), 0);
		String type = tiff.omePixelType();
		if (type != null) {
			try {
				meta.setPixelsType(PixelType.fromString(type), 0);
			}
			catch (EnumerationException e) {
				throw new IllegalStateException(type, e);
			}
		}
		if (imagej) calibrate(meta, tiff, info);
		OmeMetadata found = OmeMetadata.singleFile(file.path(), imagej ? format() : "TIFF", meta);
		return imagej ? found : found.withWarnings(OmeTiffReader.truncation(file.path(), tiff));
	}

	/** ImageJ: pixel width is 1/XResolution in the description's unit; spacing is the Z step. */
	private static void calibrate(OMEXMLMetadataImpl meta, TiffDirectory tiff, Map<String, String> info)
		throws UnreadableImageException
	{
		Unit<Length> unit = lengthUnit(info.get("unit"));
		if (unit != null) {
			Double x = perPixel(tiff.xResolution), y = perPixel(tiff.yResolution);
			if (x != null) meta.setPixelsPhysicalSizeX(new Length(x, unit), 0);
			if (y != null) meta.setPixelsPhysicalSizeY(new Length(y, unit), 0);
			Double z = number(info.get("spacing"), "spacing");
			if (z != null && z > 0) meta.setPixelsPhysicalSizeZ(new Length(Math.abs(z), unit), 0);
		}
		Double interval = number(info.get("finterval"), "finterval");
		if (interval != null && interval > 0) {
			meta.setPixelsTimeIncrement(new Time(interval, timeUnit(info.get("tunit"))), 0);
		}
	}

	/** A width or height as OME holds it; 0 or more than OME's largest size is a damaged file. */
	private static int dimension(long value, String tag) throws UnreadableImageException {
		if (value < 1 || value > Integer.MAX_VALUE) {
			throw new UnreadableImageException("the TIFF's " + tag + " is " + value + ", which no image can have " +
				"(from 1 to " + Integer.MAX_VALUE + " pixels): the file is damaged");
		}
		return (int) value;
	}

	private static void checkPixelDataInside(TiffDirectory tiff, int images, int samples)
		throws UnreadableImageException
	{
		// ImageJ writes its planes one after another; the last must end inside the file.
		if (tiff.firstImageDataEnd <= 0) return;
		long needed;
		try {
			long planeBytes = Math.multiplyExact(Math.multiplyExact(tiff.width, tiff.length), (long) samples *
				Math.max(1, tiff.bitsPerSample / 8));
			needed = Math.addExact(tiff.firstImageDataEnd - planeBytes, Math.multiplyExact(planeBytes, images));
		}
		catch (ArithmeticException e) {
			needed = Long.MAX_VALUE; // more than any file holds
		}
		if (needed > tiff.fileSize) {
			throw new UnreadableImageException("the file is truncated: its " + images + " planes need " + needed +
				" bytes but the file has only " + tiff.fileSize + " (an interrupted copy?). Copy it again");
		}
	}

	private static Double perPixel(double[] resolution) {
		if (resolution == null || resolution[0] <= 0 || resolution[1] <= 0) return null;
		return resolution[1] / resolution[0];
	}

	/** The key=value lines of an ImageJ ImageDescription. */
	static Map<String, String> properties(String description) {
		Map<String, String> map = new HashMap<>();
		for (String line : description.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
		}
		return map;
	}

	private static int positive(String value, int fallback) {
		if (value == null) return fallback;
		try {
			int v = Integer.parseInt(value);
			return v > 0 ? v : fallback;
		}
		catch (NumberFormatException e) {
			return fallback;
		}
	}

	private static Double number(String value, String key) throws UnreadableImageException {
		if (value == null) return null;
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new UnreadableImageException("the ImageJ description's " + key + "=" + value +
				" is not a number. Set the calibration again in Fiji (Image > Properties) and re-save");
		}
	}

	/**
	 * ImageJ's length units: the shared {@link UnitNames} in any case, ImageJ's "in" and "å", and \u00B5 written
	 * as the six characters ImageJ escapes it to; null for "pixel" or anything else (uncalibrated).
	 */
	public static Unit<Length> lengthUnit(String raw) {
		if (raw == null) return null;
		String u = unescapeMicro(raw).replace('\u03bc', '\u00b5').trim();
		String lower = u.toLowerCase(Locale.ROOT);
		if (lower.equals("in")) return UNITS.INCH;
		if (lower.equals("\u00e5")) return UNITS.ANGSTROM;
		Unit<Length> unit = UnitNames.LENGTH.find(u);
		return unit != null ? unit : UnitNames.LENGTH.find(lower);
	}

	/** ImageJ's time units: the shared {@link UnitNames} in any case and ImageJ's "sec", "msec", "hr"; else seconds. */
	private static Unit<Time> timeUnit(String raw) {
		if (raw == null) return UNITS.SECOND;
		String u = unescapeMicro(raw).trim();
		String lower = u.toLowerCase(Locale.ROOT);
		switch (lower) {
			case "sec": return UNITS.SECOND;
			case "msec": return UNITS.MILLISECOND;
			case "hr": return UNITS.HOUR;
			default:
				Unit<Time> unit = UnitNames.TIME.find(u);
				if (unit == null) unit = UnitNames.TIME.find(lower);
				return unit != null ? unit : UNITS.SECOND;
		}
	}

	private static String unescapeMicro(String unit) {
		return unit.replace("\\u00B5", "\u00b5").replace("\\u00b5", "\u00b5");
	}
}
