package org.biadeposit.harvest;

import java.io.IOException;

/** A harvester whose readers tell a test of each file they are about to read, then read it as they would. */
public final class WatchedReaders {

	/** Told before a reader reads a file. */
	public interface Watch {

		void reading(FileProbe file) throws IOException;
	}

	private WatchedReaders() {}

	/** The same readers, in the same order, each telling {@code watch} before it reads. */
	public static Harvester watched(Harvester harvester, Watch watch) {
		return new Harvester(harvester.readers().stream().map(r -> watched(r, watch)).toList());
	}

	private static MetadataReader watched(MetadataReader r, Watch watch) {
		return new MetadataReader() {

			@Override
			public String format() {
				return r.format();
			}

			@Override
			public boolean isAvailable() {
				return r.isAvailable();
			}

			@Override
			public boolean accepts(FileProbe file) {
				return r.accepts(file);
			}

			@Override
			public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
				watch.reading(file);
				return r.read(file);
			}
		};
	}
}
