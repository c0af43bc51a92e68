// SPDX-License-Identifier: Apache-2.0
#pragma once

// Owning pointers for the OpenSSL objects the core uses. Only .cpp files include this header:
// public headers keep OpenSSL types out so the CLI and the desktop app need no OpenSSL headers.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace sdsm::ossl {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};

using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using P8Info = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO_free>>;
using X509Sig = std::unique_ptr<X509_SIG, Deleter<X509_SIG_free>>;

inline const unsigned char *bytes(const char *data)
{
    return reinterpret_cast<const unsigned char *>(data);
}

} // namespace sdsm::ossl
