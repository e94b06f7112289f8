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
package org.biadeposit.fiji;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.Cancellation;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;

import org.biadeposit.harvest.FileProbe;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.ImageJTiffReader;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.ImageRecordMapper;
import org.biadeposit.harvest.OmeXml;
import org.biadeposit.harvest.UnreadableImageException;

import ij.ImagePlus;
import ij.WindowManager;
import ij.io.FileInfo;
import ij.measure.Calibration;
import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.units.unit.Unit;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

/**
 * Harvests an image open in Fiji: from the file it was opened from when there is one (through the readers, as any
 * file), else from the {@link ImagePlus} itself: dimensions, calibration, channel names (from the slice labels)
 * and, when Bio-Formats opened it, the OME-XML it leaves in the {@code Info} property.
 */
public final class OpenImageHarvest {

	private final Harvester harvester;

	public OpenImageHarvest(Harvester harvester) {
		this.harvester = harvester;
	}

	/**
	 * Every image open in Fiji (windows, and the images a macro holds in batch mode), in window order; none when no
	 * image is open. Stops before the next image once cancelled.
	 */
	public List<HarvestedFile> openImages(Cancellation cancel, ProgressListener progress) {
		int[] ids = WindowManager.getIDList();
		List<HarvestedFile> harvested = new ArrayList<>();
		if (ids == null) return harvested;
		for (int i = 0; i < ids.length && !cancel.isCancelled(); i++) {
			ImagePlus image = WindowManager.getImage(ids[i]);
			if (image == null) continue;
			HarvestedFile h = harvest(image);
			harvested.add(h);
			progress.progress(Progress.files(Progress.Step.HARVEST, i + 1, ids.length, 0,
				null, h.file()));
		}
		return harvested;
	}

	/** The image's records: its source file's when it has one that can be read, else the ImagePlus's own. */
	public HarvestedFile harvest(ImagePlus image) {
		Path source = sourceFile(image);
		if (source != null) {
			HarvestedFile fromFile = harvester.harvest(new FileProbe(source));
			if (!fromFile.hasError() && !fromFile.notAnImage()) return fromFile.named(source.toString());
		}
		String name = image.getTitle();
		try {
			OMEXMLMetadataImpl meta = fromInfo(image);
			if (meta == null) meta = fromImagePlus(image);
			List<ImageRecord> records = ImageRecordMapper.toRecords(meta, name, source == null ? "ImagePlus (not saved)"
				: "ImagePlus");
			return new HarvestedFile(name, source, "ImagePlus", records, source == null ? List.of() : List.of(source),
				null);
		}
		catch (UnreadableImageException e) {
			return new HarvestedFile(name, source, null, List.of(), List.of(), e.getMessage());
		}
	}

	/** The file the image was opened from, if it still exists. */
	static Path sourceFile(ImagePlus image) {
		FileInfo fi = image.getOriginalFileInfo();
		if (fi == null || fi.fileName == null || fi.fileName.isBlank()) return null;
		Path p = fi.directory == null || fi.directory.isBlank() ? Path.of(fi.fileName) : Path.of(fi.directory, fi
			.fileName);
		return Files.isRegularFile(p) ? p : null;
	}

	/** The OME-XML Bio-Formats leaves in the Info property ("OME-XML" section or a whole document), if any. */
	private static OMEXMLMetadataImpl fromInfo(ImagePlus image) {
		Object info = image.getProperty("Info");
		if (!(info instanceof String)) return null;
		String text = (String) info;
		int start = text.indexOf("<OME");
		int end = text.lastIndexOf("</OME>");
		if (start < 0 || end < start) return null;
		int decl = text.lastIndexOf("<?xml", start);
		try {
			return OmeXml.parse(text.substring(decl >= 0 ? decl : start, end + "</OME>".length()));
		}
		catch (UnreadableImageException e) {
			return null; // not usable: fall back to the ImagePlus's own calibration
		}
	}

	static OMEXMLMetadataImpl fromImagePlus(ImagePlus image) {
		OMEXMLMetadataImpl meta = new OMEXMLMetadataImpl();
		meta.setImageID("Image:0", 0);
		meta.setImageName(image.getTitle(), 0);
		meta.setPixelsID("Pixels:0", 0);
		meta.setPixelsDimensionOrder(DimensionOrder.XYCZT, 0);
		meta.setPixelsSizeX(new PositiveInteger(image.getWidth()), 0);
		meta.setPixelsSizeY(new PositiveInteger(image.getHeight()), 0);
		meta.setPixelsSizeZ(new PositiveInteger(image.getNSlices()), 0);
		meta.setPixelsSizeC(new PositiveInteger(image.getNChannels()), 0);
		meta.setPixelsSizeT(new PositiveInteger(image.getNFrames()), 0);
		PixelType type = pixelType(image);
		if (type != null) meta.setPixelsType(type, 0);
		Calibration cal = image.getCalibration();
		Unit<Length> unit = ImageJTiffReader.lengthUnit(cal.getUnit());
		if (unit != null && cal.scaled()) {
			meta.setPixelsPhysicalSizeX(new Length(cal.pixelWidth, unit), 0);
			meta.setPixelsPhysicalSizeY(new Length(cal.pixelHeight, unit), 0);
			if (image.getNSlices() > 1) meta.setPixelsPhysicalSizeZ(new Length(cal.pixelDepth, unit), 0);
		}
		if (image.getNFrames() > 1 && cal.frameInterval > 0) {
			meta.setPixelsTimeIncrement(new Time(cal.frameInterval, timeUnit(cal.getTimeUnit())), 0);
		}
		// Channels: declared only for images with one sample per pixel (RGB is one channel of three samples).
		if (image.getType() != ImagePlus.COLOR_RGB) {
			for (int c = 0; c < image.getNChannels(); c++) {
				meta.setChannelID("Channel:0:" + c, 0, c);
				meta.setChannelSamplesPerPixel(new PositiveInteger(1), 0, c);
				String name = channelName(image, c);
				if (name != null) meta.setChannelName(name, 0, c);
			}
		}
		return meta;
	}

	private static String channelName(ImagePlus image, int c) {
		if (image.getStack() != null && image.getNChannels() > 1) {
			String label = image.getStack().getSliceLabel(image.getStackIndex(c + 1, 1, 1));
			if (label != null && !label.isBlank() && !label.contains("\n")) return label.trim();
		}
		return null;
	}

	private static PixelType pixelType(ImagePlus image) {
		switch (image.getType()) {
			case ImagePlus.GRAY8: case ImagePlus.COLOR_256: case ImagePlus.COLOR_RGB: return PixelType.UINT8;
			case ImagePlus.GRAY16: return PixelType.UINT16;
			case ImagePlus.GRAY32: return PixelType.FLOAT;
			default: return null;
		}
	}

	private static Unit<Time> timeUnit(String unit) {
		if (unit == null) return UNITS.SECOND;
		switch (unit.trim().toLowerCase()) {
			case "ms": case "msec": return UNITS.MILLISECOND;
			case "min": return UNITS.MINUTE;
			case "h": case "hr": case "hour": return UNITS.HOUR;
			default: return UNITS.SECOND;
		}
	}
}
