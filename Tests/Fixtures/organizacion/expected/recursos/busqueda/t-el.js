window.LIBRO_BUSQUEDA.recibir("t-el",{"elvir":[4,[35,1,50,1,3,1,14,1,2,1,11,1,1,1,3,1]]});
