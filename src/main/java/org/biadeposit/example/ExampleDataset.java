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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a synthetic but realistic dataset, laid out like a small version of a real BIA study: two biosample
 * variants (wild type, CFTR knock-out) from two donors at two time points, two imaging set-ups (a confocal and a
 * widefield microscope), in single-file OME-TIFF, a multi-file OME-TIFF set with a companion file, ImageJ TIFF
 * hyperstacks with calibration and OME-Zarr stores (NGFF 0.4 and 0.5), with a results table, a README and a matching
 * {@code deposit.yaml}. The pixels are small and made up; the metadata is what a deposition needs. The output is
 * the same on every run (but for the release date in deposit.yaml), so tests and benchmarks can rely on it.
 * <p>
 * {@link #files(int)} adds small single-plane confocal images until the dataset has that many image files (for
 * benchmarks at BIA's scale); {@link #largeFile(long)} adds one OME-TIFF of at least that many bytes.
 * </p>
 */
public final class ExampleDataset {

	/** Image files the base layout writes (each file of a multi-file set and each Zarr store counted once). */
	public static final int BASE_IMAGE_FILES = 4 + 4 + 8 + 2;

	private static final String[] DONORS = { "01", "02" }, DAYS = { "00", "07" };
	private static final int EXTRA_PER_FOLDER = 1000;

	private int files = BASE_IMAGE_FILES;
	private long largeFile;

	/**
	 * What was written: image files (each file of a multi-file set counted, each Zarr store once), the image
	 * datasets a harvest hands on (a multi-file set is one), and the bytes of every file.
	 */
	public record Summary(Path folder, int imageFiles, int datasets, long bytes) {}

	/** At least this many image files (the base layout plus small confocal images), for benchmarks. */
	public ExampleDataset files(int count) {
		this.files = Math.max(BASE_IMAGE_FILES, count);
		return this;
	}

	/** Adds one OME-TIFF of at least {@code bytes} bytes of pixel data (0: none). */
	public ExampleDataset largeFile(long bytes) {
		this.largeFile = Math.max(0, bytes);
		return this;
	}

	/** The deposit.yaml the generator writes, with this release date. */
	public static String depositYaml(LocalDate releaseDate) {
		try (InputStream in = ExampleDataset.class.getResourceAsStream("deposit.yaml")) {
			if (in == null) throw new IllegalStateException("deposit.yaml template missing from the jar");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{RELEASE_DATE}}", releaseDate
				.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the dataset into {@code folder} (created if needed; existing files of the same names are replaced). */
	public Summary write(Path folder) throws IOException {
		Files.createDirectories(folder);
		int count = 0;
		for (int d = 0; d < DONORS.length; d++) {
			for (int t = 0; t < DAYS.length; t++) {
				Path wt = Files.createDirectories(folder.resolve("wild-type/donor-" + DONORS[d] + "/day-" + DAYS[t]));
				String base = "wt-d" + DONORS[d] + "-t" + DAYS[t];
				omeTiff(wt.resolve(base + "-field1.ome.tif"), SetUp.CONFOCAL, base + "-field1", date(d, t, 0), 64, 64,
					5);
				count++;
				Path ko = Files.createDirectories(folder.resolve("knock-out/donor-" + DONORS[d] + "/day-" + DAYS[t]));
				String koBase = "ko-d" + DONORS[d] + "-t" + DAYS[t];
				imageJHyperstack(ko.resolve(koBase + "-timelapse.tif"), SetUp.WIDEFIELD, 48, 40, 3, 4, 300,
					SetUp.WIDEFIELD.pixelSize());
				count++;
			}
		}
		Path stackFolder = folder.resolve("knock-out/donor-02/day-07");
		int setFiles = companionSet(stackFolder, "ko-d02-t07-zstack", SetUp.WIDEFIELD, date(1, 1, 2), 48, 40, 4);
		count += setFiles;
		ZarrWriter.write(folder.resolve("wild-type/donor-01/day-07/wt-d01-t07-overview.ome.zarr"), "0.4",
			SetUp.CONFOCAL, "wt-d01-t07-overview", 96, 80, 3, pixels(SetUp.CONFOCAL, 96, 80, 11));
		ZarrWriter.write(stackFolder.resolve("ko-d02-t07-overview.ome.zarr"), "0.5", SetUp.WIDEFIELD,
			"ko-d02-t07-overview", 96, 80, 2, pixels(SetUp.WIDEFIELD, 96, 80, 12));
		count += 2;

		for (int i = 0; count < files; i++, count++) {
			int folderIndex = i / EXTRA_PER_FOLDER;
			String donor = String.format(Locale.ROOT, "%02d", 1 + folderIndex / DAYS.length);
			String day = DAYS[folderIndex % DAYS.length];
			Path dir = Files.createDirectories(folder.resolve("wild-type/donor-" + donor + "/day-" + day));
			String name = String.format(Locale.ROOT, "wt-d%s-t%s-tile%06d", donor, day, i);
			omeTiff(dir.resolve(name + ".ome.tif"), SetUp.CONFOCAL.singleChannel(), name, date(folderIndex, 0, i %
				3600), 16, 16, 1);
		}
		if (largeFile > 0) {
			omeTiff(folder.resolve("wild-type/donor-01/day-00/wt-d01-t00-large.ome.tif"), SetUp.CONFOCAL,
				"wt-d01-t00-large", date(0, 0, 9), 2048, 2048, (int) Math.max(1, (largeFile + 2 * 2048L * 2048 - 1) /
					(2 * 2048L * 2048)));
			count++;
		}

		Files.writeString(folder.resolve("cell-counts.csv"), resultsTable());
		Files.writeString(folder.resolve("README.txt"), readme());
		Files.writeString(folder.resolve("deposit.yaml"), depositYaml(LocalDate.now().plusMonths(6)));
		return new Summary(folder, count, count - setFiles + 1, sizeOf(folder));
	}

	/**
	 * One small single-file confocal OME-TIFF (32 x 24 pixels, 3 z planes, 2 channels, full instrument metadata)
	 * at {@code file}, for tests that need a real image file of their own.
	 */
	public static void writeOmeTiff(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		String name = file.getFileName().toString();
		omeTiff(file, SetUp.CONFOCAL, name.replaceFirst("(?i)\\.ome\\.tiff?$", ""), date(0, 0, 0), 32, 24, 3);
	}

	/**
	 * One small ImageJ TIFF at {@code file} as ImageJ saves a widefield z-stack: 2 channels, 3 slices, 16-bit,
	 * {@code width} x {@code height} pixels, calibrated to {@code pixelSize} µm (0: uncalibrated, no unit).
	 */
	public static void writeImageJTiff(Path file, int width, int height, double pixelSize) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		imageJHyperstack(file, SetUp.WIDEFIELD, width, height, 3, 1, 0, pixelSize);
	}

	/**
	 * One small multi-file OME-TIFF set in {@code folder}: {@code base.companion.ome} and one widefield TIFF per
	 * plane (4 z planes of 2 channels, 48 x 40 pixels). Returns the companion file.
	 */
	public static Path writeOmeTiffSet(Path folder, String base) throws IOException {
		return writeOmeTiffSet(folder, base, 4);
	}

	/**
	 * The same with {@code sizeZ} z planes of 2 channels: {@code 2 * sizeZ} TIFFs (16 x 16 pixels when there are more
	 * than 4 planes), as a light-sheet stack saved a plane a file.
	 */
	public static Path writeOmeTiffSet(Path folder, String base, int sizeZ) throws IOException {
		Files.createDirectories(folder);
		companionSet(folder, base, SetUp.WIDEFIELD, date(0, 0, 1), sizeZ > 4 ? 16 : 48, sizeZ > 4 ? 16 : 40, sizeZ);
		return folder.resolve(base + ".companion.ome");
	}

	/** A single-file OME-TIFF: Z planes of every channel, XYZCT. */
	private static void omeTiff(Path file, SetUp s, String name, String date, int w, int h, int sizeZ)
		throws IOException
	{
		String uuid = uuid(file.getFileName().toString());
		String xml = OmeXmlText.image(s, uuid, name, date, w, h, sizeZ, 1, 0, OmeXmlText.Planes.inThisFile());
		new TiffWriter(w, h, s.bitsPerPixel()).description(xml).write(file, sizeZ * s.channels().size(), pixels(s, w,
			h, name.hashCode()));
	}

	/** A multi-file OME-TIFF set: one TIFF per plane, each pointing to the companion file that describes them all. */
	private static int companionSet(Path folder, String base, SetUp s, String date, int w, int h, int sizeZ)
		throws IOException
	{
		String companion = base + ".companion.ome";
		String companionUuid = uuid(companion);
		List<String> names = new ArrayList<>(), uuids = new ArrayList<>();
		int planes = sizeZ * s.channels().size();
		for (int p = 0; p < planes; p++) {
			String name = String.format(Locale.ROOT, "%s_Z%d_C%d.ome.tif", base, p % sizeZ, p / sizeZ);
			names.add(name);
			uuids.add(uuid(name));
		}
		TiffWriter.Planes all = pixels(s, w, h, base.hashCode());
		for (int p = 0; p < planes; p++) {
			int plane = p;
			new TiffWriter(w, h, s.bitsPerPixel()).description(OmeXmlText.binaryOnly(uuids.get(p), companion,
				companionUuid)).write(folder.resolve(names.get(p)), 1, (i, buffer) -> all.fill(plane, buffer));
		}
		Files.writeString(folder.resolve(companion), OmeXmlText.image(s, companionUuid, base, date, w, h, sizeZ, 1, 0,
			new OmeXmlText.Planes(names, uuids)));
		return planes;
	}

	/**
	 * An ImageJ hyperstack as ImageJ saves it: channels, slices and frames in the description, the calibration in
	 * {@code unit}, {@code spacing}, {@code finterval} and the resolution tags (none of them when {@code pixelSize}
	 * is 0; no {@code finterval} when {@code interval} is 0). ImageJ records no instrument.
	 */
	private static void imageJHyperstack(Path file, SetUp s, int w, int h, int slices, int frames, double interval,
		double pixelSize) throws IOException
	{
		int channels = s.channels().size();
		int images = channels * slices * frames;
		String calibration = pixelSize > 0 ? "unit=micron\nspacing=" + OmeXmlText.number(s.zStep()) + "\n" : "";
		String timing = interval > 0 ? "finterval=" + OmeXmlText.number(interval) + "\n" : "";
		String description = "ImageJ=1.54f\nimages=" + images + "\nchannels=" + channels + "\nslices=" + slices +
			"\nframes=" + frames + "\nhyperstack=true\nmode=composite\n" + calibration + timing +
			"loop=false\nmin=0.0\nmax=4095.0\n";
		TiffWriter writer = new TiffWriter(w, h, s.bitsPerPixel()).description(description);
		if (pixelSize > 0) writer.pixelSize(pixelSize);
		writer.write(file, images, pixels(s, w, h, file.getFileName().toString().hashCode()));
	}

	/**
	 * Made-up pixels: a dim uneven background with bright round "nuclei" at places fixed by the seed, moving a
	 * little from plane to plane. Large planes get a cheap gradient instead.
	 */
	static TiffWriter.Planes pixels(SetUp s, int w, int h, long seed) {
		boolean wide = s.bitsPerPixel() == 16;
		int max = wide ? 4095 : 255;
		if ((long) w * h > 512 * 512) {
			return (plane, b) -> {
				for (int y = 0; y < h; y++) {
					for (int x = 0; x < w; x++) {
						int v = (x + y + plane * 7) & 0xFF;
						if (wide) b.putShort((short) (v * 16));
						else b.put((byte) v);
					}
				}
			};
		}
		Random r = new Random(seed);
		int blobs = 3 + r.nextInt(4);
		double[][] centres = new double[blobs][3];
		for (double[] c : centres) {
			c[0] = r.nextDouble() * w;
			c[1] = r.nextDouble() * h;
			c[2] = Math.max(2, Math.min(w, h) / (6 + r.nextDouble() * 6));
		}
		return (plane, b) -> {
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					double v = 0.08 + 0.04 * Math.sin((x + plane) * 0.3) * Math.cos(y * 0.2);
					for (double[] c : centres) {
						double dx = x - c[0] - plane % 3, dy = y - c[1], d2 = (dx * dx + dy * dy) / (c[2] * c[2]);
						if (d2 < 1) v += 0.8 * (1 - d2);
					}
					int value = (int) Math.min(max, Math.round(v * max));
					if (wide) b.putShort((short) value);
					else b.put((byte) value);
				}
			}
		};
	}

	private static String date(int donor, int day, int minute) {
		return LocalDate.of(2026, 3, 2).plusDays(donor * 14L + day * 7L).atTime(10, 15).plusMinutes(minute)
			.toString() + ":00";
	}

	private static String uuid(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("bia-deposit example " + name).getBytes(StandardCharsets.UTF_8));
	}

	/** Nuclei counted per image: the kind of table an analysis adds to a deposition. */
	private static String resultsTable() {
		StringBuilder t = new StringBuilder("image,donor,day,genotype,nuclei,mean_area_um2\n");
		Random r = new Random(7);
		for (boolean wildType : new boolean[] { true, false }) {
			for (String donor : DONORS) {
				for (String day : DAYS) {
					String image = (wildType ? "wild-type" : "knock-out") + "/donor-" + donor + "/day-" + day + "/" + (wildType
						? "wt-d" : "ko-d") + donor + "-t" + day + (wildType ? "-field1.ome.tif" : "-timelapse.tif");
					t.append(image).append(',').append(donor).append(',').append(Integer.parseInt(day)).append(',').append(
						wildType ? "wild type" : "CFTR knock-out").append(',').append(20 + r.nextInt(40)).append(',')
						.append(String.format(Locale.ROOT, "%.1f", 60 + r.nextDouble() * 40)).append('\n');
				}
			}
		}
		return t.toString();
	}

	private static String readme() {
		return String.join("\n", //
			"Example dataset written by bia-deposit's example generator (scripts/bia example).", //
			"", //
			"wild-type/donor-NN/day-DD/   fixed cells, confocal: single-file OME-TIFF z-stacks; day 7 of donor 01", //
			"                             also has an OME-Zarr overview (NGFF 0.4, Zarr v2)", //
			"knock-out/donor-NN/day-DD/   live cells, widefield: ImageJ TIFF time-lapse hyperstacks; day 7 of donor 02", //
			"                             also has a multi-file OME-TIFF z-stack (one TIFF per plane and a", //
			"                             .companion.ome) and an OME-Zarr overview (NGFF 0.5, Zarr v3)", //
			"cell-counts.csv              nuclei counted per image", //
			"deposit.yaml                 the REMBI description of this dataset", //
			"", //
			"The pixel data is made up; the metadata is what a real microscope would record.", "");
	}

	private static long sizeOf(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sum();
		}
	}
}
