// Notices that must ship with simexit. The 2fa.directory data (2factorauth/twofactorauth) is MIT-licensed and
// "distributing the data requires proper attribution per our license" (its README); its LICENSE.md holds two
// MIT notices. Its logos are not covered by that licence and are not shipped.

export const TWOFA_DIRECTORY = {
  name: '2fa.directory (2factorauth/twofactorauth)',
  url: 'https://2fa.directory',
  repository: 'https://github.com/2factorauth/twofactorauth',
  snapshot: 'f3ac2ab71c6fe4857a4ad1ef039d2a4eaf1a342c (2026-08-04)',
};

/** The MIT licence text, verbatim, as it applies to the 2fa.directory data. Legal text stays in English. */
export const TWOFA_DIRECTORY_LICENSE = `MIT License

Copyright © 2021 2factorauth and Contributors
Copyright (c) 2014-2020 Josh Davis

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;
