//! `_hash`: one-shot digests over RustCrypto's hashers. `stdlib/hashlib.py` keeps the data
//! fed to a hash object and digests it on demand, which makes `copy()` trivial.

use super::{bytes_at, int_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};
use sha3::digest::{Digest, ExtendableOutput, Update, VariableOutput};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(vm, "_hash", &[("digest", digest), ("scrypt_romix", super::scrypt::scrypt_romix)])
}

fn fixed<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

fn xof<X: Default + Update + ExtendableOutput>(data: &[u8], n: usize) -> Vec<u8> {
    let mut h = X::default();
    h.update(data);
    let mut out = vec![0u8; n];
    h.finalize_xof_into(&mut out);
    out
}

fn var<V: VariableOutput + Update>(data: &[u8], n: usize) -> Option<Vec<u8>> {
    let mut h = V::new(n).ok()?;
    h.update(data);
    let mut out = vec![0u8; n];
    h.finalize_variable(&mut out).ok()?;
    Some(out)
}

/// `digest(name, data, size)`: size is the output length for shake and blake2 (ignored
/// by the fixed-size algorithms).
fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = crate::objects::str::as_str(&args.at(0)).map(str::to_owned).unwrap_or_default();
    let data = bytes_at(vm, &args, 1)?;
    let size = int_at(vm, &args, 2)?.max(0) as usize;
    let out = match name.as_str() {
        "md5" => fixed::<md5::Md5>(&data),
        "sha1" => fixed::<sha1::Sha1>(&data),
        "sha224" => fixed::<sha2::Sha224>(&data),
        "sha256" => fixed::<sha2::Sha256>(&data),
        "sha384" => fixed::<sha2::Sha384>(&data),
        "sha512" => fixed::<sha2::Sha512>(&data),
        "sha512_224" => fixed::<sha2::Sha512_224>(&data),
        "sha512_256" => fixed::<sha2::Sha512_256>(&data),
        "sha3_224" => fixed::<sha3::Sha3_224>(&data),
        "sha3_256" => fixed::<sha3::Sha3_256>(&data),
        "sha3_384" => fixed::<sha3::Sha3_384>(&data),
        "sha3_512" => fixed::<sha3::Sha3_512>(&data),
        "shake_128" => xof::<sha3::Shake128>(&data, size),
        "shake_256" => xof::<sha3::Shake256>(&data, size),
        "blake2b" => var::<blake2::Blake2bVar>(&data, size).ok_or_else(|| vm.value_error("digest_size must be between 1 and 64 bytes"))?,
        "blake2s" => var::<blake2::Blake2sVar>(&data, size).ok_or_else(|| vm.value_error("digest_size must be between 1 and 32 bytes"))?,
        _ => return Err(vm.value_error(format!("unsupported hash type {}", name))),
    };
    Ok(vm.new_bytes(out))
}
