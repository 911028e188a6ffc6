// Round-trip accounting: what each `context.sync()` cost, the way a benchmark wants to see it.

export interface SyncRecord {
  /** 1-based sync number since the last reset. */
  index: number;
  /** Queued operations sent; 0 means the sync made no request. */
  operations: number;
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  cellsWritten: number;
  /** Error code when the request failed, e.g. "RequestPayloadSizeLimitExceeded". */
  errorCode?: string;
}

export interface HostStats {
  syncs: number;
  /** Syncs that carried queued work (a sync with an empty queue sends nothing). */
  requests: number;
  failedRequests: number;
  bytesSent: number;
  bytesReceived: number;
  cellsRead: number;
  cellsWritten: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Most cells read plus written in one request. */
  largestRequestCells: number;
  screenUpdatingSuspensions: number;
  calculationSuspensions: number;
  log: SyncRecord[];
}

export function emptyStats(): HostStats {
  return {
    syncs: 0,
    requests: 0,
    failedRequests: 0,
    bytesSent: 0,
    bytesReceived: 0,
    cellsRead: 0,
    cellsWritten: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    largestRequestCells: 0,
    screenUpdatingSuspensions: 0,
    calculationSuspensions: 0,
    log: [],
  };
}

export function recordSync(stats: HostStats, record: Omit<SyncRecord, 'index'>): void {
  stats.syncs += 1;
  stats.log.push({ index: stats.syncs, ...record });
  if (record.operations === 0) return;
  stats.requests += 1;
  if (record.errorCode !== undefined) stats.failedRequests += 1;
  stats.bytesSent += record.requestBytes;
  stats.bytesReceived += record.responseBytes;
  stats.cellsRead += record.cellsRead;
  stats.cellsWritten += record.cellsWritten;
  stats.largestRequestBytes = Math.max(stats.largestRequestBytes, record.requestBytes);
  stats.largestResponseBytes = Math.max(stats.largestResponseBytes, record.responseBytes);
  stats.largestRequestCells = Math.max(
    stats.largestRequestCells,
    record.cellsRead + record.cellsWritten,
  );
}

export function resetStats(stats: HostStats): void {
  Object.assign(stats, emptyStats());
}
