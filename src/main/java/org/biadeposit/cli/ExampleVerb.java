package org.biadeposit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.example.ExampleDataset;

/** {@code bia example DIR [--files N] [--size BYTES]}: writes the generated example dataset and its deposit.yaml. */
final class ExampleVerb {

	static final String HELP = String.join("\n", //
		"usage: bia example DIR [--files N] [--size BYTES]", //
		"", //
		"Writes a synthetic but realistic example dataset into DIR: two biosample variants (wild type, CFTR", //
		"knock-out), two donors, two time points, a confocal and a widefield set-up, as single-file OME-TIFF, a", //
		"multi-file OME-TIFF set with a companion file, ImageJ TIFF hyperstacks, OME-Zarr (NGFF 0.4 and 0.5), a", //
		"results table, a README and a matching DIR/deposit.yaml. The pixel data is made up.", //
		"  --files N      at least N image files (small confocal tiles are added), for benchmarks", //
		"  --size BYTES   also one OME-TIFF of at least BYTES bytes (suffixes K, M, G: powers of 1024)");

	private final PrintStream out;
	private final PrintStream err;

	ExampleVerb(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		Path dir = null;
		ExampleDataset example = new ExampleDataset();
		try {
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("-h") || a.equals("--help")) {
					out.println(HELP);
					return 0;
				}
				if (a.equals("--files") && i + 1 < args.size()) example.files(Integer.parseInt(args.get(++i)));
				else if (a.equals("--size") && i + 1 < args.size()) example.largeFile(bytes(args.get(++i)));
				else if (!a.startsWith("-") && dir == null) dir = Path.of(a);
				else return usage("unexpected argument '" + a + "'");
			}
		}
		catch (NumberFormatException e) {
			return usage("--files and --size take a whole number, e.g. --files 125000 or --size 2G");
		}
		if (dir == null) return usage("name the folder to write, e.g. bia example /tmp/example");
		try {
			ExampleDataset.Summary s = example.write(dir);
			out.println("wrote " + s.imageFiles() + " image file(s), " + s.bytes() + " bytes, into " + TerminalText
				.line(s.folder() + " (with " + s.folder().resolve("deposit.yaml") + ")"));
			return 0;
		}
		catch (IOException e) {
			err.println("bia example: could not write " + dir + ": " + e.getMessage());
			return 1;
		}
	}

	private int usage(String problem) {
		err.println("bia example: " + problem + "\n\n" + HELP);
		return 2;
	}

	static long bytes(String text) {
		String t = text.trim().toUpperCase(java.util.Locale.ROOT);
		long unit = 1;
		if (t.endsWith("K")) unit = 1L << 10;
		else if (t.endsWith("M")) unit = 1L << 20;
		else if (t.endsWith("G")) unit = 1L << 30;
		if (unit > 1) t = t.substring(0, t.length() - 1);
		long v = Long.parseLong(t);
		if (v < 0) throw new NumberFormatException(text);
		return Math.multiplyExact(v, unit);
	}
}
