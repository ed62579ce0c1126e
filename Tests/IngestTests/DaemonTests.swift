import Testing

/// The daemon tests run real `juesuan watch` processes with real children, signals and files; one at a time,
/// as they measure and time what two cores can do.
@Suite(.serialized) enum DaemonTests {}
