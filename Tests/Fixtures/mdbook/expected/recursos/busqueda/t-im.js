window.LIBRO_BUSQUEDA.recibir("t-im",{"imprimir":[1,[4,1,4,1]]});
