window.LIBRO_BUSQUEDA.recibir("t-fo",{"fortalecer":[1,[3,1,4,1]]});
