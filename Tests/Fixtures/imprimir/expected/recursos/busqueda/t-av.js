window.LIBRO_BUSQUEDA.recibir("t-av",{"avis":[1,[3,1,4,1]]});
