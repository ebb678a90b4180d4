// Starts the first requests of the app before the main bundle has downloaded and compiled, so a
// large workspace's rows are on their way while the code is still loading. The bundle takes the
// answers through takePrefetched() in src/lib/api.ts. Kept tiny and dependency-free on purpose.
;(function () {
  'use strict'
  // [key, channel, input]: the tiny boot calls first, then the first screen of accounts and the
  // regions. The whole list is asked for by the page once the first rows are on screen.
  var requests = [
    ['settings:get', 'settings:get', {}],
    ['app:info', 'app:info', {}],
    ['workspace:status', 'workspace:status', {}],
    // limit: FIRST_SCREEN_ACCOUNTS of src/features/accounts/first-screen.ts (test/unit/first-screen.test.ts ties them).
    ['accounts:first', 'accounts:list', { limit: 200 }],
    ['regions:list', 'regions:list', {}]
  ]
  var call
  if (window.kaBridge) {
    call = function (channel, input) {
      return window.kaBridge.invoke[channel](input)
    }
  } else {
    var match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash)
    var token = match ? match[1] : window.sessionStorage.getItem('ka-workbench-token')
    if (!token) return
    call = function (channel, input) {
      return fetch('/api/' + channel, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ka-token': token },
        body: JSON.stringify(input)
      }).then(function (response) {
        return response.json()
      })
    }
  }
  var prefetched = {}
  requests.forEach(function (request) {
    var key = request[0]
    prefetched[key] = call(request[1], request[2])
    // A failure is handled by whoever takes the answer; never an unhandled rejection here.
    prefetched[key].catch(function () {})
  })
  window.__kaPrefetch = prefetched
})()
