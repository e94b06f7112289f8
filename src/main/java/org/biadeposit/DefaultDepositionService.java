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
package org.biadeposit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.fiji.OpenImageHarvest;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.rembi.DatasetRenaming;
import org.biadeposit.validate.BioStudiesPath;
import org.biadeposit.validate.Report;
import org.scijava.app.StatusService;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * The {@link DepositionService}: the stations called in turn, with progress in the status bar. ImageJ 1.x is
 * touched only by {@link #harvestOpenImages}, through {@link OpenImageHarvest}, which is loaded on that call only.
 */
@Plugin(type = Service.class)
public class DefaultDepositionService extends AbstractService implements DepositionService {

	@Parameter
	private HarvestService harvest;

	@Parameter
	private StatusService status;

	@Parameter
	private LogService log;

	private volatile Settings settings = Settings.defaults();

	@Override
	public Settings settings() {
		return settings;
	}

	@Override
	public void setSettings(Settings value) {
		this.settings = Objects.requireNonNull(value);
	}

	@Override
	public Harvested harvest(List<Path> inputs, boolean recursive, Cancellation cancel, Consumer<HarvestedFile> each) {
		Harvester harvester = harvest.harvester();
		List<String> given = inputs.stream().map(Path::toString).toList();
		HarvestRun run = new HarvestRun(harvester, cache(given, harvester), settings.threads()).recursive(recursive)
			.timeLimit(settings.timeLimit());
		ProgressListener bar = statusBar();
		run.listener(p -> {
			if (cancel.isCancelled()) run.cancel();
			bar.progress(p);
		});
		List<HarvestedFile> files = new ArrayList<>();
		HarvestRun.Summary summary = new HarvestRun.Summary(0, 0, 0, 0, 0);
		if (!cancel.isCancelled()) {
			cancel.stopWith(run::cancel);
			try {
				summary = run.run(given, h -> {
					files.add(h);
					each.accept(h);
				});
			}
			finally {
				cancel.stopWith(null);
				status.clearStatus();
			}
		}
		return new Harvested(List.copyOf(files), summary, cancel.isCancelled());
	}

	@Override
	public Harvested harvestOpenImages(Cancellation cancel) {
		List<HarvestedFile> files = new OpenImageHarvest(harvest.harvester()).openImages(cancel, statusBar());
		status.clearStatus();
		int images = files.stream().mapToInt(h -> h.records().size()).sum();
		int errors = (int) files.stream().filter(HarvestedFile::hasError).count();
		return new Harvested(files, new HarvestRun.Summary(images, files.size() - errors, errors, 0, 0), cancel
			.isCancelled());
	}

	@Override
	public DepositionWorkflow.Started init(Path root, boolean replace, LocalDate today) throws IOException {
		return step(() -> workflow(root).init(root, replace, today));
	}

	@Override
	public DepositionWorkflow.ListsWritten fileLists(Path root, Path config, Path out) throws IOException {
		return step(() -> workflow(root).fileLists(root, config, out));
	}

	@Override
	public Report validate(Path root, Path config) {
		try {
			return workflow(root).validate(root, config); // every problem is in the report: nothing to throw
		}
		finally {
			status.clearStatus();
		}
	}

	@Override
	public DatasetRenaming.Result rename(Path root, boolean dryRun) throws IOException {
		return DatasetRenaming.rename(Objects.requireNonNull(root, "root"), BioStudiesPath::safeName, dryRun);
	}

	@Override
	public DepositionWorkflow.Packaged pack(Path root, Path config, Path out) throws IOException {
		return step(() -> workflow(root).pack(root, config, out));
	}

	/** A step over a dataset folder, which reports progress in the status bar until it ends. */
	private interface Step<T> {

		T run() throws IOException;
	}

	private <T> T step(Step<T> step) throws IOException {
		try {
			return step.run();
		}
		finally {
			status.clearStatus();
		}
	}

	@Override
	public DepositionWorkflow.Packaged packMetadataOnly(Path root, Path config, Path out) throws IOException {
		return DepositionWorkflow.packMetadataOnly(root, config, out);
	}

	@Override
	public DepositionWorkflow.Imported importStudy(Path pagetab, Path out) throws IOException {
		return DepositionWorkflow.importStudy(pagetab, out);
	}

	@Override
	public DepositionWorkflow.Imported importStudy(String accession, String server, String user, char[] password,
		Path out) throws IOException
	{
		String json;
		try (BioStudiesClient client = new BioStudiesClient(Server.of(server))) {
			client.login(user, password);
			Password.wipe(password);
			try {
				json = client.pageTab(accession);
			}
			finally {
				client.logout();
			}
		}
		finally {
			Password.wipe(password);
		}
		return DepositionWorkflow.importStudy(PageTabJson.read(new java.io.StringReader(json), accession + ".json"),
			null, out);
	}

	@Override
	public Receipt submit(Path packageFolder, Upload upload, char[] password, Cancellation cancel,
		ProgressListener progress) throws IOException
	{
		Thread caller = Thread.currentThread();
		try (BioStudiesClient client = new BioStudiesClient(Server.of(upload.server()))) {
			SubmissionRun deposit = new SubmissionRun(client, packageFolder).parallel(upload.parallel()).accession(upload
				.accession()).metadataOnly(upload.metadataOnly()).md5(upload.md5()).resendUnverified(upload
					.resendUnverified()).via(upload.via()).ftp(upload.ftp()).aspera(upload.aspera()).listener(statusBar(progress));
			if (cancel.isCancelled()) throw cancelled();
			cancel.stopWith(caller::interrupt);
			try {
				return deposit.run(upload.user(), password);
			}
			catch (IOException e) {
				if (cancel.isCancelled()) throw cancelled();
				throw e;
			}
			finally {
				cancel.stopWith(null);
				if (cancel.isCancelled()) Thread.interrupted(); // the interrupt was ours: the caller's thread goes on
			}
		}
		finally {
			Password.wipe(password);
			if (upload.ftp() != null) upload.ftp().wipe();
			if (upload.aspera() != null) upload.aspera().wipe();
			status.clearStatus();
		}
	}

	private static CancellationException cancelled() {
		return new CancellationException("the upload was cancelled; the files that arrived are recorded, and " +
			"submitting the same package again sends only the rest");
	}

	@Override
	public SubmissionStatus status(Path packageFolder, String user, char[] password) throws IOException {
		try {
			Path file = packageFolder.resolve(Receipt.NAME);
			if (!Files.isRegularFile(file)) {
				throw new IOException(packageFolder + " has no " + Receipt.NAME + "; it was not submitted from this " +
					"folder");
			}
			Receipt r = Receipt.read(file);
			try (BioStudiesClient client = new BioStudiesClient(Server.of(r.server()))) {
				client.login(user, password);
				Password.wipe(password);
				try {
					org.biadeposit.biostudies.SubmissionStatus state = client.status(r.accession(), r.version());
					List<String> errors = state == org.biadeposit.biostudies.SubmissionStatus.INVALID ? client.errors(r
						.accession(), r.version()) : List.of();
					return new SubmissionStatus(r.accession(), r.version(), state.name(), errors);
				}
				finally {
					client.logout();
				}
			}
		}
		finally {
			Password.wipe(password);
		}
	}

	/** The steps over a dataset folder, with the settings' threads and cache, and progress in the status bar. */
	private DepositionWorkflow workflow(Path root) {
		Harvester harvester = harvest.harvester();
		return new DepositionWorkflow(harvester, cache(List.of(root.toString()), harvester), settings.threads(),
			statusBar()).timeLimit(settings.timeLimit());
	}

	private HarvestCache cache(List<String> inputs, Harvester harvester) {
		if (!settings.harvestCache()) return HarvestCache.none();
		return HarvestCache.at(settings.cacheFile() != null ? settings.cacheFile() : HarvestCache.defaultFile(inputs),
			harvester);
	}

	private static final long STATUS_EVERY = 100_000_000L;

	/** Harvest and packaging progress in the status bar, and to the settings' listener. */
	private ProgressListener statusBar() {
		ProgressListener also = settings.progress();
		// At most ten status events a second: one per file costs more than a cached harvest of the file.
		long[] shown = { System.nanoTime() - STATUS_EVERY };
		return p -> {
			also.progress(p);
			if (p.step() == Progress.Step.PACKAGE) {
				status.showStatus((int) p.done(), (int) Math.max(p.total(), p.done()), "BioImage Archive: writing " +
					"the package");
			}
			// not also whenever done catches up with total: in a cached harvest it does so at nearly every file
			else if (System.nanoTime() - shown[0] >= STATUS_EVERY) {
				shown[0] = System.nanoTime();
				status.showStatus((int) p.done(), (int) Math.max(p.total(), p.done()), "BioImage Archive: read " + p
					.done() + " of " + p.total() + " files");
			}
		};
	}

	/** Upload progress in the status bar (bytes and files done, rate, time left) and messages in the log. */
	private ProgressListener statusBar(ProgressListener also) {
		ProgressListener next = also == null ? ProgressListener.NONE : also;
		return new ProgressListener() {

			@Override
			public void progress(Progress p) {
				int permille = (int) Math.round(1000 * p.fraction());
				status.showStatus(permille, 1000, String.format("BioImage Archive: %d of %d files, %.1f of %.1f MB, " +
					"%.1f MB/s%s", p.filesDone(), p.filesTotal(), p.done() / 1e6, p.total() / 1e6, p.rate() / 1e6, p.timeLeft() == null ? "" : ", " + p.timeLeft().toSeconds() +
							" s left"));
				next.progress(p);
			}

			@Override
			public void message(String text) {
				log.info(text);
				status.showStatus(text);
				next.message(text);
			}
		};
	}
}
