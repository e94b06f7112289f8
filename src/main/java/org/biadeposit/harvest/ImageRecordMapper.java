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

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.biadeposit.harvest.ImageRecord.Channel;
import org.biadeposit.harvest.ImageRecord.Detector;
import org.biadeposit.harvest.ImageRecord.Microscope;
import org.biadeposit.harvest.ImageRecord.Objective;

import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.DetectorSettings;
import ome.xml.model.Image;
import ome.xml.model.ObjectiveSettings;
import ome.xml.model.enums.Enumeration;
import ome.xml.model.primitives.PrimitiveType;

/**
 * The one mapping from OME metadata, however it was read, to {@link ImageRecord}s: one record per Image. Units are
 * converted here (lengths to micrometres, wavelengths to nanometres, time to seconds).
 */
public final class ImageRecordMapper {

	/** OME's pattern for a Channel ID (schema 2016-06). */
	private static final Pattern CHANNEL_ID = Pattern.compile("(urn:lsid:([\\w\\-.]+\\.[\\w\\-.]+)+:Channel:\\S+)|" +
		"(Channel:\\S+)");

	/** Significant digits kept after a unit conversion, enough for any instrument, few enough to drop float noise. */
	private static final MathContext DIGITS = new MathContext(12);

	private ImageRecordMapper() {}

	/**
	 * Maps every Image of the metadata to a record.
	 *
	 * @param file the file name to put in the records
	 * @param format the format name to put in the records
	 * An image whose metadata contradicts itself keeps what it says and gets a warning saying where (as Bio-Formats
	 * reads it: the dimensions stand); so do the values dropped while reading the OME-XML.
	 *
	 * @throws UnreadableImageException when the metadata describes no image
	 */
	public static List<ImageRecord> toRecords(MetadataRetrieve meta, String file, String format)
		throws UnreadableImageException
	{
		return records(meta, file, format, List.of(), java.util.Map.of());
	}

	/**
	 * Maps what a reader found to records, with the warnings and acquisition dates it adds.
	 *
	 * @param file the file name to put in the records
	 * @throws UnreadableImageException when the metadata describes no image
	 */
	public static List<ImageRecord> toRecords(OmeMetadata found, String file) throws UnreadableImageException {
		return records(found.metadata(), file, found.format(), found.warnings(), found.acquisitionDates());
	}

	private static List<ImageRecord> records(MetadataRetrieve meta, String file, String format,
		List<OmeMetadata.ImageWarning> added, java.util.Map<Integer, String> dates) throws UnreadableImageException
	{
		int images = meta.getImageCount();
		if (images == 0) {
			throw new UnreadableImageException("the OME metadata describes no image (no <Image> element)");
		}
		List<ImageRecord.Warning> read = new ArrayList<>();
		if (meta instanceof OmeXml.AsRead asRead) {
			for (ImageRecord.Warning w : asRead.dropped()) {
				read.add(new ImageRecord.Warning(w.file() != null ? w.file() : file, w.element(), w.value(), w
					.action()));
			}
		}
		List<ImageRecord> records = new ArrayList<>(images);
		for (int i = 0; i < images; i++) {
			List<ImageRecord.Warning> warnings = new ArrayList<>(read);
			warnings.addAll(inconsistencies(meta, i, file));
			for (OmeMetadata.ImageWarning w : added) {
				if (w.concerns(i)) warnings.add(w.warning());
			}
			String date = dates.containsKey(i) ? dates.get(i) : acquisitionDate(meta, i);
			boolean timeAxis = warnings.stream().noneMatch(w -> w.element() != null && w.element().endsWith("@SizeT") &&
				w.action() != null && w.action().contains(VendorMetadata.NO_TIME_INCREMENT));
			records.add(toRecord(meta, i, file, format, date, timeAxis).withWarnings(warnings));
		}
		return records;
	}

	/**
	 * The image's acquisition date. The OME model keeps a date as a UTC instant and prints it without its zone:
	 * where the file's own text is known (OME-XML read natively) and names a zone, the date says UTC ("Z").
	 */
	private static String acquisitionDate(MetadataRetrieve meta, int image) {
		ome.xml.model.primitives.Timestamp t = safe(() -> meta.getImageAcquisitionDate(image));
		if (t == null) return null;
		String raw = meta instanceof OmeXml.AsRead asRead ? asRead.acquisitionDate(image) : null;
		return raw != null && hasZone(raw) ? t.getValue() + "Z" : t.getValue();
	}

	private static final Pattern ZONE = Pattern.compile(".*T.*(Z|[+-]\\d\\d(:?\\d\\d)?)");

	/** Whether an ISO 8601 date and time names its zone (Z, +hh:mm, -hhmm). */
	static boolean hasZone(String isoDateTime) {
		return ZONE.matcher(isoDateTime.trim()).matches();
	}

	/** A date and time the file gives with its zone, as the records give it: in UTC, marked "Z"; else null. */
	static String utc(String isoDateTime) {
		if (isoDateTime == null || !hasZone(isoDateTime)) return null;
		ome.xml.model.primitives.Timestamp t = ome.xml.model.primitives.Timestamp.valueOf(isoDateTime.trim());
		return t == null ? null : t.getValue() + "Z";
	}

	/** Where an image's metadata contradicts itself: kept as it says, with a warning. */
	private static List<ImageRecord.Warning> inconsistencies(MetadataRetrieve meta, int i, String file) {
		List<ImageRecord.Warning> found = new ArrayList<>();
		String image = "OME/Image[" + i + "]/Pixels[0]";
		int channels = meta.getChannelCount(i);
		Integer sizeC = integer(meta.getPixelsSizeC(i));
		if (channels > 0 && sizeC != null) {
			int samples = 0;
			for (int c = 0; c < channels; c++) {
				Integer spp = integer(meta.getChannelSamplesPerPixel(i, c));
				samples += spp == null ? 1 : spp;
			}
			if (samples != sizeC) {
				found.add(new ImageRecord.Warning(file, image + "/@SizeC", String.valueOf(sizeC), "kept, although its " +
					channels + " Channel element(s) hold " + samples + " sample(s) per pixel: the channels " +
					"listed are the ones described"));
			}
			else if (samples > channels) {
				found.add(new ImageRecord.Warning(file, image + "/@SizeC", String.valueOf(sizeC), "counts the " +
					samples + " samples per pixel (RGB) of the " + channels + " channel(s) listed, as OME and ImageJ " +
					"do: each channel listed holds " + (samples / channels) + " samples"));
			}
		}
		for (int c = 0; c < channels; c++) {
			String id = meta.getChannelID(i, c);
			if (id != null && !channelId(id)) {
				found.add(new ImageRecord.Warning(file, image + "/Channel[" + c + "]/@ID", id, "kept: not an OME " +
					"Channel ID (expected \"Channel:<image>:<channel>\")"));
			}
		}
		return found;
	}

	/** Whether an ID is an OME Channel ID; the usual "Channel:0:1" without running the pattern. */
	static boolean channelId(String id) {
		boolean plain = id.startsWith("Channel:") && id.length() > 8; // its "Channel:\\S+" alternative
		for (int i = 8; plain && i < id.length(); i++) plain = " \t\n\u000B\f\r".indexOf(id.charAt(i)) < 0;
		return plain || CHANNEL_ID.matcher(id).matches();
	}

	/** @param timeAxis false when T is flagged as not (only) time: no time increment is given for it */
	private static ImageRecord toRecord(MetadataRetrieve meta, int i, String file, String format, String date,
		boolean timeAxis)
	{
		int instrument = instrumentOf(meta, i);
		List<Channel> channels = new ArrayList<>();
		Set<String> detectorIds = new LinkedHashSet<>();
		for (int c = 0; c < meta.getChannelCount(i); c++) {
			channels.add(new Channel(text(meta.getChannelName(i, c)), fluor(meta.getChannelFluor(i, c)),
				nm(meta.getChannelExcitationWavelength(i, c)), nm(meta.getChannelEmissionWavelength(i, c)),
				name(meta.getChannelAcquisitionMode(i, c)), name(meta.getChannelIlluminationType(i, c)),
				name(meta.getChannelContrastMethod(i, c))));
			String detector = detectorSettingsId(meta, i, c);
			if (detector != null) detectorIds.add(detector);
		}
		Objective used = objective(meta, i, instrument);
		return new ImageRecord(file, i, text(meta.getImageName(i)), format, integer(meta.getPixelsSizeX(i)),
			integer(meta.getPixelsSizeY(i)), integer(meta.getPixelsSizeZ(i)), integer(meta.getPixelsSizeC(i)),
			integer(meta.getPixelsSizeT(i)), name(meta.getPixelsType(i)), um(meta.getPixelsPhysicalSizeX(i)),
			um(meta.getPixelsPhysicalSizeY(i)), um(meta.getPixelsPhysicalSizeZ(i)), timeAxis ? timeIncrement(meta, i) : null,
			channels, used, objectives(meta, i, instrument, used), microscope(meta, instrument), detectors(meta,
				instrument, detectorIds), date, ImagingMethods.of(channels), List.of());
	}

	/** Placeholders a microscope writes where no fluorophore was named ("Dye1" … "Dye8" in CZI). */
	private static final java.util.regex.Pattern DYE_PLACEHOLDER = java.util.regex.Pattern.compile(
		"(?i)dye\\s*\\d*");

	/** The fluorophore, or null for none or a placeholder: "Dye3" names no dye. */
	private static String fluor(String s) {
		String t = text(s);
		return t == null || DYE_PLACEHOLDER.matcher(t).matches() ? null : t;
	}

	/**
	 * The time between time points in seconds: Pixels TimeIncrement, else derived from the planes' DeltaT (vendor
	 * files give per-plane time stamps and no increment): the mean step between the first plane of the first and
	 * of the last time point. Null when neither says.
	 */
	private static Double timeIncrement(MetadataRetrieve meta, int image) {
		Double given = seconds(meta.getPixelsTimeIncrement(image));
		if (given != null) return given;
		Integer sizeT = integer(meta.getPixelsSizeT(image));
		if (sizeT == null || sizeT < 2) return null;
		Integer counted = safe(() -> meta.getPlaneCount(image));
		int planes = counted == null ? 0 : counted;
		int from = Integer.MAX_VALUE, to = -1; // the earliest and latest time point with a time stamp
		double atFrom = 0, atTo = 0;
		for (int p = 0; p < planes; p++) {
			int plane = p;
			ome.xml.model.primitives.NonNegativeInteger theT = safe(() -> meta.getPlaneTheT(image, plane));
			Double at = seconds(safe(() -> meta.getPlaneDeltaT(image, plane)));
			if (theT == null || at == null) continue;
			int t = theT.getValue();
			if (t < from) {
				from = t;
				atFrom = at;
			}
			if (t > to) {
				to = t;
				atTo = at;
			}
		}
		if (to <= from) return null;
		double step = (atTo - atFrom) / (to - from);
		return step > 0 && Double.isFinite(step) ? round(step) : null;
	}

	/** The index of the image's instrument: the one it references, else the file's only one, else -1. */
	static int instrumentOf(MetadataRetrieve meta, int image) {
		int count = meta.getInstrumentCount();
		String ref = instrumentRef(meta, image);
		if (ref != null) {
			for (int k = 0; k < count; k++) {
				if (ref.equals(meta.getInstrumentID(k))) return k;
			}
		}
		return count == 1 ? 0 : -1;
	}

	private static Objective objective(MetadataRetrieve meta, int image, int instrument) {
		String settings = objectiveSettingsId(meta, image);
		int found = -1, foundIn = -1;
		if (settings != null) {
			for (int k = 0; k < meta.getInstrumentCount() && found < 0; k++) {
				for (int o = 0; o < meta.getObjectiveCount(k); o++) {
					if (settings.equals(meta.getObjectiveID(k, o))) {
						found = o;
						foundIn = k;
						break;
					}
				}
			}
		}
		else if (instrument >= 0 && meta.getObjectiveCount(instrument) == 1) {
			found = 0;
			foundIn = instrument;
		}
		return found < 0 ? null : objectiveAt(meta, foundIn, found);
	}

	/**
	 * Every objective of the image's instrument (of the instrument holding the one it used), the one it used first;
	 * empty when the file names no instrument for the image.
	 */
	private static List<Objective> objectives(MetadataRetrieve meta, int image, int instrument, Objective used) {
		List<Objective> all = new ArrayList<>();
		if (used != null) all.add(used);
		int k = instrument;
		String settings = objectiveSettingsId(meta, image);
		for (int i = 0; i < meta.getInstrumentCount() && settings != null; i++) {
			for (int o = 0; o < meta.getObjectiveCount(i); o++) {
				if (settings.equals(meta.getObjectiveID(i, o))) k = i;
			}
		}
		if (k < 0) return all;
		for (int o = 0; o < meta.getObjectiveCount(k); o++) {
			if (settings != null && settings.equals(meta.getObjectiveID(k, o))) continue;
			if (settings == null && used != null && o == 0 && meta.getObjectiveCount(k) == 1) continue;
			Objective other = objectiveAt(meta, k, o);
			if (other != null) all.add(other);
		}
		return all;
	}

	private static Objective objectiveAt(MetadataRetrieve meta, int k, int o) {
		Objective obj = new Objective(text(meta.getObjectiveManufacturer(k, o)), text(meta.getObjectiveModel(k, o)),
			meta.getObjectiveNominalMagnification(k, o), meta.getObjectiveLensNA(k, o), name(meta
				.getObjectiveImmersion(k, o)));
		boolean empty = obj.manufacturer() == null && obj.model() == null && obj.nominalMagnification() == null &&
			obj.lensNA() == null && obj.immersion() == null;
		return empty ? null : obj;
	}

	private static Microscope microscope(MetadataRetrieve meta, int instrument) {
		if (instrument < 0) return null;
		Microscope m = new Microscope(text(safe(() -> meta.getMicroscopeManufacturer(instrument))), text(safe(
			() -> meta.getMicroscopeModel(instrument))), name(safe(() -> meta.getMicroscopeType(instrument))));
		return m.manufacturer() == null && m.model() == null && m.type() == null ? null : m;
	}

	/** The detectors the channels name; if they name none, every detector of the instrument. */
	private static List<Detector> detectors(MetadataRetrieve meta, int instrument, Set<String> ids) {
		List<Detector> out = new ArrayList<>();
		for (int k = 0; k < meta.getInstrumentCount(); k++) {
			if (ids.isEmpty() && k != instrument) continue;
			for (int d = 0; d < meta.getDetectorCount(k); d++) {
				if (!ids.isEmpty() && !ids.contains(meta.getDetectorID(k, d))) continue;
				int kk = k, dd = d;
				Detector det = new Detector(text(meta.getDetectorManufacturer(kk, dd)), text(meta.getDetectorModel(kk,
					dd)), name(safe(() -> meta.getDetectorType(kk, dd))));
				if (det.manufacturer() != null || det.model() != null || det.type() != null) out.add(det);
			}
		}
		return out;
	}

	/*
	 * The OME-XML implementation throws a NullPointerException for an absent optional element. A harvest meets
	 * thousands of those, and an exception each costs more than reading the value: ask the model when it is there.
	 */

	private static Image image(MetadataRetrieve meta, int image) {
		return meta instanceof OMEXMLMetadataImpl impl && impl.getRoot() instanceof OMEXMLMetadataRoot root ? root
			.getImage(image) : null;
	}

	private static String detectorSettingsId(MetadataRetrieve meta, int image, int channel) {
		Image img = image(meta, image);
		if (img == null) return safe(() -> meta.getDetectorSettingsID(image, channel));
		DetectorSettings ds = img.getPixels().getChannel(channel).getDetectorSettings();
		return ds == null ? null : ds.getID();
	}

	private static String instrumentRef(MetadataRetrieve meta, int image) {
		Image img = image(meta, image);
		if (img == null) return safe(() -> meta.getImageInstrumentRef(image));
		return img.getLinkedInstrument() == null ? null : img.getLinkedInstrument().getID();
	}

	private static String objectiveSettingsId(MetadataRetrieve meta, int image) {
		Image img = image(meta, image);
		if (img == null) return safe(() -> meta.getObjectiveSettingsID(image));
		ObjectiveSettings os = img.getObjectiveSettings();
		return os == null ? null : os.getID();
	}

	static <T> T safe(java.util.function.Supplier<T> getter) {
		// Some MetadataRetrieve implementations throw instead of returning null for an absent optional element.
		try {
			return getter.get();
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String text(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String name(Enumeration e) {
		return e == null ? null : e.toString();
	}

	private static Integer integer(PrimitiveType<Integer> p) {
		return p == null ? null : p.getValue();
	}

	static Double round(double v) {
		if (Double.isNaN(v) || Double.isInfinite(v)) return null;
		// a whole number of at most 12 digits (a wavelength in nm, a magnification) has nothing to round
		if (v == 0) return 0.0; // -0.0 too, as BigDecimal gives it
		if (v == Math.rint(v) && Math.abs(v) < 1e12) return v;
		return new BigDecimal(v).round(DIGITS).doubleValue();
	}

	private static Double um(Length l) {
		return convert(l, q -> ((Length) q).value(UNITS.MICROMETER));
	}

	private static Double nm(Length l) {
		return convert(l, q -> ((Length) q).value(UNITS.NANOMETER));
	}

	private static Double seconds(Time t) {
		return convert(t, q -> ((Time) q).value(UNITS.SECOND));
	}

	private static Double convert(ome.units.quantity.Quantity q, java.util.function.Function<Object, Number> to) {
		if (q == null) return null;
		Number n = to.apply(q);
		return n == null ? null : round(n.doubleValue());
	}
}
