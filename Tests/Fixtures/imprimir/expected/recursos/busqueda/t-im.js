window.LIBRO_BUSQUEDA.recibir("t-im",{"imprimir":[1,[0,1,0,1]]});
