#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| symptext::fuzzing::csv_reader(data));
