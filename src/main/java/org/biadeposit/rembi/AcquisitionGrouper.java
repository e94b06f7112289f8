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
package org.biadeposit.rembi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.ImageRecord.Channel;
import org.biadeposit.rembi.ImageAcquisition.ImagingMethod;

/**
 * Collapses images acquired with the same instrument set-up (microscope, objective, detectors, channel wavelengths
 * and modes, imaging method; never the file format or channel names) into one {@link ImageAcquisition}, and writes its {@code Imaging instrument} and
 * {@code Image acquisition parameters} text from what was harvested. Values that differ between the images of a
 * group (pixel size, dates...) are left to the File-lists.
 */
public final class AcquisitionGrouper {

	public static final String FBBI = "Biological Imaging Methods Ontology (FBbi)";
	public static final String OBO = "http://purl.obolibrary.org/obo/";

	/**
	 * One acquisition and the images taken with it: every one, or (as a deposition's build groups them) those that
	 * describe it, the first and each that differs from the one kept before it in a value the description reads.
	 */
	public record Group(ImageAcquisition acquisition, List<ImageRecord> images) {}

	private AcquisitionGrouper() {}

	/** Groups images by acquisition settings, in order of first appearance; titles are unique. */
	public static List<Group> group(List<ImageRecord> images) {
		Grouping grouping = new Grouping(true);
		for (ImageRecord r : images) grouping.add(r);
		return grouping.groups();
	}

	/**
	 * Groups images one at a time, in order of first appearance. Of each group it keeps every image, or only those
	 * its description reads a value from that the images kept before do not have (a study of 100,000 images of one
	 * set-up then keeps one): the group's {@link #describe description} is the same either way.
	 */
	static final class Grouping {

		private final boolean every;
		private final Map<Settings, Integer> index = new HashMap<>();
		private final List<Settings> settings = new ArrayList<>();
		private final List<List<ImageRecord>> images = new ArrayList<>();
		private final List<String> titles = new ArrayList<>();
		private final Set<String> taken = new LinkedHashSet<>();
		private ImageRecord previous;
		private int previousGroup;

		/** @param every whether each group keeps every image, or only the images that describe it */
		Grouping(boolean every) {
			this.every = every;
		}

		/** Adds an image; the index of its group among {@link #groups}. */
		int add(ImageRecord r) {
			// records in a row that share their set-up's very parts (renamed copies of one cached record) share
			// its group without working out its settings again
			int g = previous != null && Settings.sameParts(previous, r) ? previousGroup : index.computeIfAbsent(
				Settings.of(r), k -> {
					settings.add(k);
					images.add(new ArrayList<>());
					// a title is unique among those of the groups before it, so it is known as soon as its group is
					titles.add(unique(taken, AcquisitionGrouper.title(k)));
					return images.size() - 1;
				});
			List<ImageRecord> of = images.get(g);
			if (every || of.isEmpty() || !sameDescription(of.get(of.size() - 1), r)) of.add(r);
			previous = r;
			previousGroup = g;
			return g;
		}

		/** The title of a group {@link #add} gave the index of. */
		String title(int group) {
			return titles.get(group);
		}

		/** The groups, titled (titles are unique). */
		List<Group> groups() {
			List<Group> out = new ArrayList<>();
			for (int g = 0; g < images.size(); g++) {
				out.add(new Group(describe(titles.get(g), images.get(g)), List.copyOf(images.get(g))));
			}
			return out;
		}

		/** Whether an image gives {@link #parameters} nothing the other does not: the values it compares. */
		private static boolean sameDescription(ImageRecord a, ImageRecord b) {
			return Objects.equals(a.physicalSizeX(), b.physicalSizeX()) && Objects.equals(a.physicalSizeY(), b
				.physicalSizeY()) && Objects.equals(a.physicalSizeZ(), b.physicalSizeZ()) && Objects.equals(a
					.timeIncrement(), b.timeIncrement()) && Objects.equals(a.pixelType(), b.pixelType()) && deep(a
						.sizeZ()) == deep(b.sizeZ()) && deep(a.sizeT()) == deep(b.sizeT());
		}

		private static boolean deep(Integer size) {
			return size != null && size > 1;
		}
	}

	/** The settings that make two images "the same acquisition". */
	record Settings(ImageRecord.Microscope microscope, ImageRecord.Objective objective,
		List<ImageRecord.Detector> detectors, List<List<Object>> channels, ImageRecord.ImagingMethod method)
	{

		static Settings of(ImageRecord r) {
			List<List<Object>> channels = new ArrayList<>();
			// The set-up, not what a format calls a channel: names and dyes differ between the formats one
			// microscope writes (and are often placeholders), wavelengths and modes do not.
			// A channel that says none of these says nothing of the set-up (an ImageJ TIFF lists no channels where
			// an OME-Zarr lists empty ones).
			for (Channel c : r.channels()) {
				List<Object> setUp = java.util.Arrays.asList(c.excitationWavelength(), c.emissionWavelength(), c
					.acquisitionMode());
				if (setUp.stream().anyMatch(Objects::nonNull)) channels.add(setUp);
			}
			return new Settings(r.microscope(), r.objective(), r.detectors(), channels, r.imagingMethod());
		}

		/** Whether two records hold the very parts {@link #of} reads, so that their settings are the same. */
		static boolean sameParts(ImageRecord a, ImageRecord b) {
			return a == b || a.microscope() == b.microscope() && a.objective() == b.objective() && a.detectors() == b
				.detectors() && a.channels() == b.channels() && a.imagingMethod() == b.imagingMethod();
		}
	}

	private static String title(Settings s) {
		List<String> parts = new ArrayList<>();
		if (s.method() != null) parts.add(s.method().name());
		if (s.objective() != null && s.objective().nominalMagnification() != null) {
			parts.add(number(s.objective().nominalMagnification()) + "x objective");
		}
		if (s.microscope() != null && s.microscope().model() != null) parts.add(s.microscope().model());
		// never the file format: one set-up may write several formats, and a format names no set-up
		if (parts.isEmpty()) parts.add("image acquisition");
		String t = String.join(", ", parts);
		return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
	}

	private static String unique(Set<String> taken, String title) {
		String t = title;
		for (int n = 2; !taken.add(t); n++) t = title + " (" + n + ")";
		return t;
	}

	static ImageAcquisition describe(String title, List<ImageRecord> images) {
		ImageRecord first = images.get(0);
		List<ImagingMethod> methods = new ArrayList<>();
		if (first.imagingMethod() != null) {
			methods.add(new ImagingMethod(first.imagingMethod().name(), OBO + first.imagingMethod().fbbiId(), FBBI));
		}
		return new ImageAcquisition(title, instrument(first), parameters(images), methods);
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** e.g. "Zeiss LSM 880 (inverted); objective Plan-Apochromat 63x/1.4 (63x, NA 1.4, oil); detector: ..." */
	static String instrument(ImageRecord r) {
		List<String> parts = new ArrayList<>();
		if (r.microscope() != null) {
			String m = join(" ", r.microscope().manufacturer(), r.microscope().model());
			String type = r.microscope().type();
			if (m.isEmpty()) m = "microscope";
			parts.add(type == null || type.equals("Other") ? m : m + " (" + type.toLowerCase(Locale.ROOT) + ")");
		}
		if (r.objective() != null) {
			ImageRecord.Objective o = r.objective();
			List<String> spec = new ArrayList<>();
			if (o.nominalMagnification() != null) spec.add(number(o.nominalMagnification()) + "x");
			if (o.lensNA() != null) spec.add("NA " + number(o.lensNA()));
			if (o.immersion() != null && !o.immersion().equals("Other")) spec.add(o.immersion().toLowerCase(
				Locale.ROOT) + " immersion");
			String name = join(" ", o.manufacturer(), o.model());
			parts.add("objective " + (name.isEmpty() ? "" : name + " ") + (spec.isEmpty() ? "" : "(" + String.join(
				", ", spec) + ")"));
		}
		if (!r.detectors().isEmpty()) {
			List<String> ds = new ArrayList<>();
			for (ImageRecord.Detector d : r.detectors()) {
				String name = join(" ", d.manufacturer(), d.model());
				ds.add(d.type() == null ? name : name.isEmpty() ? d.type() : name + " (" + d.type() + ")");
			}
			parts.add((ds.size() == 1 ? "detector " : "detectors ") + String.join(", ", ds));
		}
		return parts.isEmpty() ? null : SPACES.matcher(String.join("; ", parts)).replaceAll(" ").trim();
	}

	/** Channels with wavelengths and modes, and the pixel size, z-step and interval when all images agree. */
	static String parameters(List<ImageRecord> images) {
		ImageRecord first = images.get(0);
		List<String> parts = new ArrayList<>();
		List<String> channels = new ArrayList<>();
		for (Channel c : first.channels()) {
			List<String> spec = new ArrayList<>();
			if (c.excitationWavelength() != null) spec.add("excitation " + number(c.excitationWavelength()) + " nm");
			if (c.emissionWavelength() != null) spec.add("emission " + number(c.emissionWavelength()) + " nm");
			if (c.acquisitionMode() != null) spec.add(words(c.acquisitionMode()));
			if (c.illuminationType() != null) spec.add(words(c.illuminationType()) + " illumination");
			String name = join(" ", c.name(), c.fluor() == null || c.fluor().equals(c.name()) ? null : "(" + c
				.fluor() + ")");
			if (name.isEmpty() && spec.isEmpty()) continue;
			channels.add((name.isEmpty() ? "channel" : name) + (spec.isEmpty() ? "" : ": " + String.join(", ",
				spec)));
		}
		if (!channels.isEmpty()) parts.add(channels.size() + " channel" + (channels.size() == 1 ? "" : "s") +
			" (" + String.join("; ", channels) + ")");
		Double x = same(images, ImageRecord::physicalSizeX), y = same(images, ImageRecord::physicalSizeY);
		if (x != null && y != null) parts.add("pixel size " + number(x) + " x " + number(y) + " µm");
		Double z = same(images, ImageRecord::physicalSizeZ);
		if (z != null && allMatch(images, r -> r.sizeZ() != null && r.sizeZ() > 1)) parts.add("z-step " + number(
			z) + " µm");
		Double t = same(images, ImageRecord::timeIncrement);
		if (t != null && allMatch(images, r -> r.sizeT() != null && r.sizeT() > 1)) parts.add("time interval " +
			number(t) + " s");
		String type = same(images, ImageRecord::pixelType);
		if (type != null) parts.add("pixel type " + type);
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	private static <T> T same(List<ImageRecord> images, java.util.function.Function<ImageRecord, T> field) {
		T first = field.apply(images.get(0));
		for (ImageRecord r : images) {
			if (!Objects.equals(first, field.apply(r))) return null;
		}
		return first;
	}

	private static boolean allMatch(List<ImageRecord> images, java.util.function.Predicate<ImageRecord> p) {
		return images.stream().allMatch(p);
	}

	/** "LaserScanningConfocalMicroscopy" → "laser scanning confocal microscopy". */
	static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
		String s = java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros()
			.toPlainString();
		return s;
	}

	private static String join(String sep, String... parts) {
		List<String> kept = new ArrayList<>();
		for (String p : parts) {
			if (p != null && !p.isBlank()) kept.add(p.trim());
		}
		return String.join(sep, kept);
	}
}
