window.LIBRO_BUSQUEDA.recibir("s-ic",["aplic","basic","critic","diagnostic","economic","estrategic","identific"]);
