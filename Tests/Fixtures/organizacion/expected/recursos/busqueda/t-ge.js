window.LIBRO_BUSQUEDA.recibir("t-ge",{"general":[2,[35,1,50,1,6,1,28,1]],"gerenci":[1,[40,1,75,1]]});
